import type { EstimatePolicy, Reconciliation, Rejected } from '../records';
import type { Lexicon } from '../lexicon/lexicon';
import { validateClaims } from '../schema/validate';

export interface ReconcileOptions {
  lexicon?: Lexicon;
  policy?: EstimatePolicy;
  /** Records already rejected upstream (by a loader); they are carried into the result. */
  rejected?: readonly Rejected[];
  /** Name of where the claims came from, used in rejection messages. */
  origin?: string;
}

/** Group claims by subject and give every difference a verdict. */
export function reconcile(records: readonly unknown[], options: ReconcileOptions = {}): Reconciliation {
  const { claims, rejected } = validateClaims(records, options.origin);
  return { claims, groups: [], relations: [], estimates: [], rejected: [...(options.rejected ?? []), ...rejected] };
}
