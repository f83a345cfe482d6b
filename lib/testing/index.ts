/**
 * `claim-reconciler/jest`: matchers that fail a test run on a conflict nobody
 * has accepted. Importing this module registers them with jest's global
 * `expect` when there is one (a setupFilesAfterEnv entry, or an import at
 * the top of a test); with `@jest/globals`, call `expect.extend(matchers)`.
 */
import { matchers, type ConflictOptions, type WithinOptions } from './matchers';
import type { FindingOptions } from './findings';

export { matchers, toBeValidClaims, toHaveNoConflicts, toReconcileWithin } from './matchers';
export { toHaveNoFindings } from './findings';
export type { ConflictOptions, WithinOptions, MatcherContextLike, MatcherResult } from './matchers';
export type { FindingOptions, FindingPredicate } from './findings';
export type { Allow, AllowEntry, AllowPredicate, Tolerance } from './acceptance';
export type { Reconcilable } from './received';

/** The claim-reconciler matchers, as every `expect` typing names them. */
export interface ClaimReconcilerMatchers<R> {
  /** Fails on each conflict that is neither within `tolerance` nor in `allow`, listing figures, sources, dates and quotes. */
  toHaveNoConflicts(options?: ConflictOptions): R;
  /** Fails on each record that is not a valid claim; a loaded dataset fails on each rejected row. */
  toBeValidClaims(): R;
  /** Like toHaveNoConflicts, with the tolerance stated: `{ tolerance: 0.02, allow: [["a", "b"]] }`. */
  toReconcileWithin(options: WithinOptions): R;
  /** Fails on each finding at or above `level` (every one but small-count lines by default) whose id is not in `allow`. */
  toHaveNoFindings(options?: FindingOptions): R;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // Type parameters must match @types/jest's declaration exactly for the merge.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends ClaimReconcilerMatchers<R> {}
  }
}

declare module 'expect' {
  // jest's own Matchers interface is extended by declaration merging, so it must keep its name and type parameters
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ClaimReconcilerMatchers<R> {}
}

/** Register the matchers with an `expect` (jest's global one by default). Safe to call twice. */
export function registerMatchers(target: unknown = (globalThis as { expect?: unknown }).expect): boolean {
  const extend = (target as { extend?: unknown } | undefined)?.extend;
  if (typeof extend !== 'function') return false;
  extend.call(target, matchers);
  return true;
}

registerMatchers();
