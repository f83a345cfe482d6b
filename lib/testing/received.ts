import { reconcile, type Claim, type LoadedDataset, type ReconcileOptions, type Reconciliation } from '../index';

/**
 * What the matchers accept: a reconciliation already made, a loaded dataset
 * (`{ claims, rejected }` from loadDataset), or an array of claim records.
 */
export type Reconcilable = Reconciliation | LoadedDataset | readonly unknown[];

export function isReconciliation(value: unknown): value is Reconciliation {
  return hasArrays(value, ['claims', 'groups', 'relations', 'estimates', 'rejected']);
}

export function isLoadedDataset(value: unknown): value is LoadedDataset {
  return !isReconciliation(value) && hasArrays(value, ['claims', 'rejected']);
}

/** The reconciliation of what the test received; claims and datasets are reconciled here. */
export function reconciliationOf(received: unknown, options: ReconcileOptions = {}): Reconciliation | null {
  if (isReconciliation(received)) return received;
  if (isLoadedDataset(received))
    return reconcile(received.claims, { ...options, rejected: [...(options.rejected ?? []), ...received.rejected] });
  if (Array.isArray(received)) return reconcile(received, options);
  return null;
}

export function claimIndex(result: Reconciliation): Map<string, Claim> {
  return new Map(result.claims.map((claim) => [claim.id, claim]));
}

function hasArrays(value: unknown, keys: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(value, key) && Array.isArray((value as Record<string, unknown>)[key]));
}
