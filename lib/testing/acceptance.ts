import type { Claim, Relation } from '../index';

/** How far apart two figures may be and still pass: a share of the larger figure, an absolute gap, or both (either suffices). */
export interface Tolerance {
  /** 0.02 accepts figures up to 2% apart. */
  relative?: number;
  /** 50 accepts figures up to 50 apart. */
  absolute?: number;
}

/** Decides whether a conflict has been accepted, from the relation and the claims it links (in its order). */
export type AllowPredicate = (conflict: Relation, claims: readonly Claim[]) => boolean;

/**
 * Accepted discrepancies. A claim id accepts every conflict that claim is
 * in (a row known to be wrong); a list of ids accepts the conflict between
 * exactly those claims; a predicate decides for itself.
 */
export type AllowEntry = string | readonly string[] | AllowPredicate;
/** Discrepancies a desk has reviewed and accepts: pairs or lists of claim ids, or a predicate on the conflict. */
export type Allow = readonly AllowEntry[] | AllowPredicate;

/** The relative and absolute tolerance of an option, 0 when not given. */
export function toleranceOf(option: number | Tolerance | undefined): Required<Tolerance> {
  if (option === undefined) return { relative: 0, absolute: 0 };
  if (typeof option === 'number') return { relative: option, absolute: 0 };
  return { relative: option.relative ?? 0, absolute: option.absolute ?? 0 };
}

/** True when a conflict's figures are close enough to pass. A conflict without a severity is never within tolerance. */
export function withinTolerance(conflict: Relation, tolerance: Required<Tolerance>): boolean {
  const severity = conflict.severity;
  if (severity === null) return false;
  return severity.relativeGap <= tolerance.relative || severity.gap <= tolerance.absolute;
}

export function isAllowed(conflict: Relation, claims: readonly Claim[], allow: Allow | undefined): boolean {
  if (allow === undefined) return false;
  const entries = typeof allow === 'function' ? [allow] : allow;
  return entries.some((entry) => {
    if (typeof entry === 'function') return entry(conflict, claims);
    if (typeof entry === 'string') return conflict.claimIds.includes(entry);
    return entry.length > 0 && entry.every((id) => conflict.claimIds.includes(id));
  });
}
