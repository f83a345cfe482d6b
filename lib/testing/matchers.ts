import { defaults, validateClaims, type Claim, type ReconcileOptions, type Reconciliation, type Relation } from '../index';
import { isAllowed, toleranceOf, withinTolerance, type Allow, type Tolerance } from './acceptance';
import { describeConflict, describeRejected, groupDigits, limited, plural } from './describe';
import { claimIndex, isLoadedDataset, isReconciliation, reconciliationOf } from './received';
import { toHaveNoFindings } from './findings';

/** The part of jest's matcher context the matchers use; any jest-compatible `expect` provides it. */
export interface MatcherContextLike {
  isNot?: boolean;
  utils?: {
    /** Jest's `expect(received).toX(expected)` line at the head of a failure message. */
    matcherHint?: (name: string, received?: string, expected?: string, options?: { isNot?: boolean }) => string;
  };
}

/** What a matcher returns to jest. */
export interface MatcherResult {
  pass: boolean;
  /** The failure message, made only when jest shows it. */
  message: () => string;
}

/** Options of `toHaveNoConflicts()`. */
export interface ConflictOptions {
  /** Conflicts whose figures are this close pass: a number is relative (0.02 = 2% of the larger figure). */
  tolerance?: number | Tolerance;
  /** Accepted discrepancies: claim ids, lists of ids, or a predicate. */
  allow?: Allow;
  /**
   * Options for `reconcile()` when the matcher reconciles claims or a dataset itself. Its
   * `sameFigureTolerance` defaults to the relative tolerance.
   */
  reconcile?: ReconcileOptions;
  /** How many conflicts a failure message lists before "… and N more". */
  maxListed?: number;
}

/** Options of `toReconcileWithin()`: a tolerance must be stated. */
export interface WithinOptions extends ConflictOptions {
  tolerance: number | Tolerance;
}

/** The conflicts of a reconciliation, split into those that fail the test and those accepted. */
interface ConflictTally {
  result: Reconciliation;
  failing: Relation[];
  withinTolerance: number;
  allowed: number;
}

function tallyConflicts(received: unknown, options: ConflictOptions): ConflictTally | null {
  const tolerance = toleranceOf(options.tolerance);
  // One notion of tolerance: figures this close are the same figure to reconcile() too, so a
  // step down within it is not turned into a conflict against the other source's figure.
  const reconcileOptions: ReconcileOptions = { sameFigureTolerance: tolerance.relative, ...options.reconcile };
  const result = reconciliationOf(received, reconcileOptions);
  if (result === null) return null;
  const claims = claimIndex(result);
  const tally: ConflictTally = { result, failing: [], withinTolerance: 0, allowed: 0 };
  for (const relation of result.relations) {
    if (relation.kind !== 'conflict') continue;
    if (withinTolerance(relation, tolerance)) tally.withinTolerance++;
    else if (isAllowed(relation, claimsOf(relation, claims), options.allow)) tally.allowed++;
    else tally.failing.push(relation);
  }
  return tally;
}

function claimsOf(relation: Relation, claims: ReadonlyMap<string, Claim>): Claim[] {
  return relation.claimIds.map((id) => claims.get(id)).filter((claim): claim is Claim => claim !== undefined);
}

function hint(context: MatcherContextLike, name: string, expected: string): string {
  const matcherHint = context.utils?.matcherHint;
  return matcherHint ? matcherHint(name, 'received', expected, { isNot: context.isNot }) : `expect(received).${name}(${expected})`;
}

function notReconcilable(context: MatcherContextLike, name: string, expected: string): MatcherResult {
  return {
    pass: false,
    message: () =>
      `${hint(context, name, expected)}\n\nreceived must be a reconciliation, a loaded dataset ({ claims, rejected }) or an array of claims`,
  };
}

/** The discrepancy-report body of a failure: each unaccepted conflict, most severe first. */
function conflictReport(tally: ConflictTally, options: ConflictOptions, what: string): string {
  const claims = claimIndex(tally.result);
  const accepted: string[] = [];
  if (tally.withinTolerance > 0) accepted.push(`${groupDigits(tally.withinTolerance)} within tolerance`);
  if (tally.allowed > 0) accepted.push(`${groupDigits(tally.allowed)} allowed`);
  const total = tally.failing.length + tally.withinTolerance + tally.allowed;
  const head = `${plural(tally.failing.length, 'conflict')} ${what} (of ${plural(total, 'conflict')}${accepted.length > 0 ? `; ${accepted.join(', ')}` : ''}):`;
  const entries = [...tally.failing].sort(bySeverity).map((relation, i) => describeConflict(relation, claimsOf(relation, claims), i + 1));
  const rejected =
    tally.result.rejected.length > 0
      ? `\n\nAlso ${plural(tally.result.rejected.length, 'record')} rejected before reconciling; expect(...).toBeValidClaims() lists them.`
      : '';
  const howTo = '\n\nTo accept a discrepancy, add its claim ids to `allow`, e.g. allow: [["id-a", "id-b"]].';
  return `${head}\n\n${limited(entries, options.maxListed ?? defaults.matcherListLimit)}${rejected}${howTo}`;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { high: 0, medium: 1, low: 2 };

/** Most severe first; ties by relative gap, then ids, so messages are stable. */
function bySeverity(a: Relation, b: Relation): number {
  const rank = (r: Relation) => (r.severity ? (SEVERITY_RANK[r.severity.level] ?? 3) : 3);
  const ids = (r: Relation) => r.claimIds.join(' ');
  return (
    rank(a) - rank(b) || (b.severity?.relativeGap ?? 0) - (a.severity?.relativeGap ?? 0) || (ids(a) < ids(b) ? -1 : ids(a) > ids(b) ? 1 : 0)
  );
}

function conflictMatcher(
  context: MatcherContextLike,
  name: string,
  received: unknown,
  options: ConflictOptions,
  what: string,
): MatcherResult {
  const expected =
    name === 'toReconcileWithin' ? 'options' : options.tolerance === undefined && options.allow === undefined ? '' : 'options';
  const tally = tallyConflicts(received, options);
  if (tally === null) return notReconcilable(context, name, expected);
  const pass = tally.failing.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `${hint(context, name, expected)}\n\nExpected unaccepted conflicts, but every one of ${plural(tally.withinTolerance + tally.allowed, 'conflict')} is within tolerance or allowed.`
        : `${hint(context, name, expected)}\n\n${conflictReport(tally, options, what)}`,
  };
}

/** Passes when the records hold no conflict that is neither within tolerance nor allowed. */
export function toHaveNoConflicts(this: MatcherContextLike, received: unknown, options: ConflictOptions = {}): MatcherResult {
  return conflictMatcher(this, 'toHaveNoConflicts', received, options, 'that nobody has accepted');
}

/** Like toHaveNoConflicts, with a tolerance that must be stated: figures that close are not worth a look. */
export function toReconcileWithin(this: MatcherContextLike, received: unknown, options: WithinOptions): MatcherResult {
  const tolerance = toleranceOf(options?.tolerance);
  const described = [
    tolerance.relative > 0 ? `${+(tolerance.relative * 100).toFixed(4)}%` : null,
    tolerance.absolute > 0 ? `${tolerance.absolute}` : null,
  ]
    .filter((part) => part !== null)
    .join(' or ');
  return conflictMatcher(
    this,
    'toReconcileWithin',
    received,
    options ?? {},
    `beyond tolerance ${described || '0'} that nobody has accepted`,
  );
}

/** Passes when every record is a valid claim; a dataset passes when no row was rejected. */
export function toBeValidClaims(this: MatcherContextLike, received: unknown): MatcherResult {
  const name = 'toBeValidClaims';
  let records: readonly unknown[];
  let rejected;
  if (Array.isArray(received)) {
    records = received;
    rejected = validateClaims(received).rejected;
  } else if (isLoadedDataset(received) || isReconciliation(received)) {
    records = received.claims;
    rejected = [...received.rejected, ...validateClaims(received.claims).rejected];
  } else {
    return {
      pass: false,
      message: () => `${hint(this, name, '')}\n\nreceived must be an array of claims, a loaded dataset or a reconciliation`,
    };
  }
  const total = records.length + (Array.isArray(received) ? 0 : (received as { rejected: unknown[] }).rejected.length);
  const pass = rejected.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `${hint(this, name, '')}\n\nExpected invalid records, but all ${plural(total, 'record')} are valid claims.`
        : `${hint(this, name, '')}\n\n${plural(rejected.length, 'record')} of ${groupDigits(total)} ${rejected.length === 1 ? 'is' : 'are'} not valid claims:\n${limited(rejected.map(describeRejected), defaults.matcherListLimit)}`,
  };
}

/** The matchers, for `expect.extend(matchers)`. */
export const matchers = {
  /** Fails on each conflict that is neither within `tolerance` nor in `allow`. */
  toHaveNoConflicts,
  /** Like `toHaveNoConflicts`, with the tolerance stated. */
  toReconcileWithin,
  /** Fails on each record that is not a valid claim, and on each row a loaded dataset rejected. */
  toBeValidClaims,
  /** Fails on each finding (a disagreement over days, a correction, a total that does not add up) not in `allow`, at `level` or above. */
  toHaveNoFindings,
};
