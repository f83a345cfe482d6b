import type { MeasureNature } from '../../lexicon/lexicon';
import type { ClaimFacts } from '../facts';
import { canBeAtMost, excess, intervalGap, overlaps } from '../interval';
import type { ReconcileSettings } from '../settings';
import { countsWithin, dayGap, isBounded, sameSpan, startsWithin, timeOrder, type TimeOrder } from '../time';
import { compareFacts } from '../group';

/** How the first claim of a pair counts less than the second: a narrower measure, a sub-place, or both. */
export type NarrowerBy = 'measure' | 'place' | 'measure and place';

/**
 * What must hold between the two values if both claims are true:
 * `equal`: one quantity, the intervals must meet; `within`: the first counts
 * part of what the second counts, so it cannot be larger; `none`: nothing
 * (different spans, a level months apart, an undated event).
 */
export type Expectation = 'equal' | 'within' | 'none';

/** A pair a reader would set side by side, as the stages propose it. */
export interface Candidate {
  a: ClaimFacts;
  b: ClaimFacts;
  /** How `a` is narrower than `b`; null when they count the same subject. */
  narrower: NarrowerBy | null;
  nature: MeasureNature;
  /** For one-off events: true when both are in one dated cluster (one event). */
  sameEvent: boolean;
}

/** Everything the verdict rules read about a pair, oriented: `first` is the narrower, else the earlier, else the smaller. */
export interface Comparison {
  first: ClaimFacts;
  second: ClaimFacts;
  /** `first` relative to `second`. */
  order: TimeOrder;
  /** Days between the two times; 0 when they overlap. */
  days: number;
  narrower: NarrowerBy | null;
  nature: MeasureNature;
  expectation: Expectation;
  /** The expectation fails by more than the tolerance: the two cannot both be true. */
  violated: boolean;
  /** The expectation fails, but by no more than the tolerance: reported as such, never as a match. */
  withinTolerance: boolean;
  /** How far the values miss the expectation (equal: distance between intervals; within: how far first exceeds second). */
  gap: number;
  /** The larger figure: the base of relative gaps and tolerances. */
  scale: number;
  sameSource: boolean;
  settings: ReconcileSettings;
}

export function compare(candidate: Candidate, settings: ReconcileSettings): Comparison {
  const [first, second] = orient(candidate);
  const order = timeOrder(first.time, second.time);
  const days = dayGap(first.time, second.time);
  let expectation = expect(first, second, order, days, candidate, settings);
  // One article giving two figures for the same day with no span most often lists separate incidents.
  if (expectation === 'equal' && listsIncidents(first, second, candidate.nature)) expectation = 'none';
  const scale = Math.max(magnitude(first), magnitude(second));
  const gap = expectation === 'within' ? excess(first.value, second.value) : intervalGap(first.value, second.value);
  const sameSource = first.sourceKey === second.sourceKey;
  // The tolerance absorbs differences between sources (reporting lags, rounding); a source's own
  // step from one figure to another is always reported, however small (DESIGN: never hidden).
  const tolerance = sameSource ? 0 : settings.sameFigureTolerance * scale;
  let missed = false;
  if (expectation === 'equal') missed = !overlaps(first.value, second.value);
  if (expectation === 'within') missed = !canBeAtMost(first.value, second.value);
  // An unknown date never makes a conflict: some reading within its bounds may make both figures true.
  if (order === 'uncertain') missed = false;
  const violated = missed && (tolerance > 0 ? gap > tolerance : true);
  return {
    first,
    second,
    order,
    days,
    narrower: candidate.narrower,
    nature: candidate.nature,
    expectation,
    violated,
    withinTolerance: missed && !violated,
    gap,
    scale,
    sameSource,
    settings,
  };
}

/**
 * The narrower claim first; for one subject the earlier first; on the same
 * day the narrower span first; when the order is unknown the smaller figure
 * first, the reading in which a running count grew.
 */
function orient(candidate: Candidate): [ClaimFacts, ClaimFacts] {
  const { a, b } = candidate;
  if (candidate.narrower !== null) return [a, b];
  const order = timeOrder(a.time, b.time);
  if (order === 'before') return [a, b];
  if (order === 'after') return [b, a];
  if (order === 'same') {
    // The narrower span first: the later start, and a figure with no start before one with a start.
    const aStart = a.time.start ?? Infinity;
    const bStart = b.time.start ?? Infinity;
    if (aStart !== bStart) return aStart > bStart ? [a, b] : [b, a];
    return compareFacts(a, b) <= 0 ? [a, b] : [b, a];
  }
  if (a.claim.stated !== b.claim.stated) return a.claim.stated < b.claim.stated ? [a, b] : [b, a];
  return compareFacts(a, b) <= 0 ? [a, b] : [b, a];
}

function expect(
  first: ClaimFacts,
  second: ClaimFacts,
  order: TimeOrder,
  days: number,
  candidate: Candidate,
  settings: ReconcileSettings,
): Expectation {
  const sameSubject = candidate.narrower === null;
  switch (candidate.nature) {
    case 'event':
      if (!candidate.sameEvent) return 'none';
      return sameSubject ? 'equal' : 'within';
    case 'level': {
      const close =
        order === 'uncertain'
          ? isBounded(first.time) && isBounded(second.time) && hullDays(first, second) <= settings.levelWindowDays
          : days <= settings.levelWindowDays;
      if (!close) return 'none';
      return sameSubject ? 'equal' : 'within';
    }
    case 'count':
      return sameSubject ? expectSameCount(first, second, order) : expectNarrowerCount(first, second, order, days, settings);
  }
}

function expectSameCount(first: ClaimFacts, second: ClaimFacts, order: TimeOrder): Expectation {
  if (order === 'same') {
    if (sameSpan(first.time, second.time)) return 'equal';
    // A figure with no start beside one with a start: the same total if they meet, else possibly a part.
    if ((first.time.start === null) !== (second.time.start === null) && overlaps(first.value, second.value)) return 'equal';
    return startsWithin(first.time, second.time) ? 'within' : 'none';
  }
  if (order === 'before') return countsWithin(first.time, second.time) ? 'within' : 'none';
  // Unknown order: read both as the same running count when their starts allow it.
  const startsAgree = first.time.start === null || second.time.start === null || first.time.start === second.time.start;
  if (startsAgree && overlaps(first.value, second.value)) return 'equal';
  return startsWithin(first.time, second.time) ? 'within' : 'none';
}

/** A narrower count is bounded by the wider one of the same or a later day, or of about the same day. */
function expectNarrowerCount(
  first: ClaimFacts,
  second: ClaimFacts,
  order: TimeOrder,
  days: number,
  settings: ReconcileSettings,
): Expectation {
  if (!startsWithin(first.time, second.time)) return 'none';
  if (order === 'after' && days > settings.sameTimeSlackDays) return 'none';
  return 'within';
}

/** An article (text, so a span) that gives two figures for one day lists incidents; a dataset file's rows do not. */
function listsIncidents(first: ClaimFacts, second: ClaimFacts, nature: MeasureNature): boolean {
  return (
    nature !== 'level' &&
    first.claim.span !== null &&
    second.claim.span !== null &&
    first.claim.documentId === second.claim.documentId &&
    first.time.start === null &&
    second.time.start === null &&
    !overlaps(first.value, second.value)
  );
}

function hullDays(a: ClaimFacts, b: ClaimFacts): number {
  return Math.max(a.time.hi, b.time.hi) - Math.min(a.time.lo, b.time.lo);
}

/** `a` should be at most `b` and is not, by more than the tolerance (a share of the larger figure). */
export function exceedsBeyondTolerance(a: ClaimFacts, b: ClaimFacts, relativeTolerance: number): boolean {
  if (canBeAtMost(a.value, b.value)) return false;
  const tolerance = relativeTolerance * Math.max(magnitude(a), magnitude(b));
  return tolerance > 0 ? excess(a.value, b.value) > tolerance : true;
}

function magnitude(facts: ClaimFacts): number {
  return Math.max(Math.abs(facts.claim.stated), Math.abs(facts.claim.upper ?? 0));
}
