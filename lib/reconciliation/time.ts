import type { Claim, IsoDate } from '../records';
import { FIRST_ISO_DATE, toIsoDate } from '../dates';

/**
 * A claim's time as day numbers (days since 1970-01-01, UTC), so that
 * comparing and sorting never parse a date twice.
 */
export interface ClaimTime {
  /**
   * When the figure holds: the end of the period it counts over, else its
   * as-of date. An unknown date is the interval the text allows (its
   * bounds, after the period starts, not after publication); ±Infinity where
   * nothing bounds it. `lo === hi` for a known date.
   */
  lo: number;
  hi: number;
  /** Where a running count starts (period start); null when unknown: a total since the story began. */
  start: number | null;
}

const DAY_MS = 86_400_000;
const dayCache = new Map<string, number>();

/** Days since 1970-01-01 of a valid ISO date. */
export function dayNumber(date: IsoDate): number {
  let day = dayCache.get(date);
  if (day === undefined) {
    // Parsed as ISO: Date.UTC would read the years 0000-0099 as 1900-1999 and put 0099-01-01 after 0100-01-01.
    day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    // Bounded: dates repeat heavily in real inputs, but untrusted input must not grow memory without limit.
    if (dayCache.size < 100_000) dayCache.set(date, day);
  }
  return day;
}

const isoCache = new Map<number, IsoDate>();

/** The ISO date of a day number that came from a claim's date, and so lies within the calendar. */
export function isoOfDay(day: number): IsoDate {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = toIsoDate(new Date(day * DAY_MS)) ?? FIRST_ISO_DATE;
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

export function claimTime(claim: Claim): ClaimTime {
  const start = claim.period?.start ? dayNumber(claim.period.start) : null;
  const known = claim.period?.end ?? claim.asOf;
  if (known) {
    const day = dayNumber(known);
    return { lo: day, hi: day, start };
  }
  let lo = -Infinity;
  let hi = Infinity;
  if (claim.asOfBounds?.start) lo = dayNumber(claim.asOfBounds.start);
  if (claim.asOfBounds?.end) hi = dayNumber(claim.asOfBounds.end);
  if (start !== null) lo = Math.max(lo, start);
  if (claim.source.published) hi = Math.min(hi, dayNumber(claim.source.published));
  // Contradictory hints (bounds after publication): keep the earliest reading rather than an empty interval.
  if (hi < lo) hi = lo;
  return { lo, hi, start };
}

export function isExact(time: ClaimTime): boolean {
  return time.lo === time.hi;
}

/** Both ends known: an unknown date the text bounds on both sides. */
export function isBounded(time: ClaimTime): boolean {
  return Number.isFinite(time.lo) && Number.isFinite(time.hi);
}

/**
 * How `a` stands to `b` in time: surely before, surely after, on the same
 * known day, or uncertain (an unknown date whose bounds overlap the other).
 */
export type TimeOrder = 'before' | 'after' | 'same' | 'uncertain';

export function timeOrder(a: ClaimTime, b: ClaimTime): TimeOrder {
  if (a.hi < b.lo) return 'before';
  if (a.lo > b.hi) return 'after';
  if (isExact(a) && isExact(b)) return 'same';
  return 'uncertain';
}

/** Days between the closest ends of two times; 0 when they overlap. */
export function dayGap(a: ClaimTime, b: ClaimTime): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

/**
 * Whether what `a` counts must lie inside what `b` counts, as far as their
 * starts tell: `a` starts no earlier than `b`. A figure with no start is read
 * as part of any span (a single incident, or the story's total so far), so it
 * lies inside a span with a start; but a span with a start does not lie
 * inside a figure with none, which may count one incident.
 */
export function startsWithin(a: ClaimTime, b: ClaimTime): boolean {
  if (a.start === null) return true;
  return b.start !== null && a.start >= b.start;
}

/** `a` counts within the span of `b` and ends no later. */
export function countsWithin(a: ClaimTime, b: ClaimTime): boolean {
  return startsWithin(a, b) && a.hi <= b.lo;
}

/** Same known end and the same start, known or not. */
export function sameSpan(a: ClaimTime, b: ClaimTime): boolean {
  return isExact(a) && isExact(b) && a.lo === b.lo && a.start === b.start;
}

/** Sort key order: earlier first, then the tighter interval, then the later start (narrower span). */
export function compareTimes(a: ClaimTime, b: ClaimTime): number {
  return compareNumbers(a.lo, b.lo) || compareNumbers(a.hi, b.hi) || compareNumbers(b.start ?? -Infinity, a.start ?? -Infinity);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
