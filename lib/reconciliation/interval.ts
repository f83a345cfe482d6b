import type { Claim } from '../records';
import type { ReconcileTolerances } from './settings';

/**
 * A claim's value as the set of numbers it admits. Open ends matter for
 * "more than 46" against "46": they must not overlap.
 */
export interface ValueInterval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

type IntervalTolerances = Pick<
  ReconcileTolerances,
  'approximateMinRelative' | 'approximateMaxRelative' | 'approximateMinAbsolute' | 'nearlyRelative'
>;

/** Hedges that put an approximate figure below the number, not around it ("nearly 50" is under 50). */
const BELOW_HEDGE = /^(?:nearly|almost|just under|not quite|approaching)\b/i;

export function valueInterval(claim: Claim, tolerances: IntervalTolerances): ValueInterval {
  const v = claim.stated;
  const floor = claim.unit === 'count' ? Math.min(0, v) : -Infinity;
  switch (claim.qualifier) {
    case 'exact':
      return closed(v, v);
    case 'at-least':
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case 'more-than':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-most':
      return closed(floor, v);
    case 'fewer-than':
      return { lo: floor, hi: v, loOpen: false, hiOpen: true };
    case 'range':
      return closed(v, claim.upper ?? v);
    case 'approximately': {
      if (claim.hedge !== null && BELOW_HEDGE.test(claim.hedge.trim())) {
        return closed(v - Math.abs(v) * tolerances.nearlyRelative, v);
      }
      const tolerance = approximateTolerance(v, claim.unit, tolerances);
      return closed(v - tolerance, v + tolerance);
    }
  }
}

/**
 * How far "about v" reaches either side: half a unit of the number's last
 * significant digit (about 2,500 → ±50; about 2.5 → ±0.05), kept between
 * the minimum and maximum shares of v, and never under the minimum absolute
 * tolerance for counted things.
 */
export function approximateTolerance(v: number, unit: string, tolerances: IntervalTolerances): number {
  const size = Math.abs(v);
  const precision = 0.5 * 10 ** significantPlace(size);
  let tolerance = Math.min(Math.max(precision, tolerances.approximateMinRelative * size), tolerances.approximateMaxRelative * size);
  if (unit === 'count') tolerance = Math.max(tolerance, tolerances.approximateMinAbsolute);
  return tolerance;
}

/** The power of ten of the last significant digit: 2500 → 2, 2437 → 0, 2.5 → -1, 0 → 0. */
function significantPlace(size: number): number {
  if (size === 0 || !Number.isFinite(size)) return 0;
  if (Number.isInteger(size)) {
    let place = 0;
    let rest = size;
    while (rest % 10 === 0 && place < 300) {
      rest /= 10;
      place++;
    }
    return place;
  }
  const text = String(size);
  const exponent = /e([+-]\d+)$/.exec(text);
  const mantissa = exponent ? text.slice(0, exponent.index) : text;
  const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
  return -decimals + (exponent ? Number(exponent[1]) : 0);
}

function closed(lo: number, hi: number): ValueInterval {
  return { lo, hi, loOpen: false, hiOpen: false };
}

/** True when some value of `a` is at most some value of `b`. */
export function canBeAtMost(a: ValueInterval, b: ValueInterval): boolean {
  return a.lo < b.hi || (a.lo === b.hi && !a.loOpen && !b.hiOpen);
}

export function overlaps(a: ValueInterval, b: ValueInterval): boolean {
  return canBeAtMost(a, b) && canBeAtMost(b, a);
}

/** Distance between the closest ends of two intervals; 0 when they overlap or only touch at an open end. */
export function intervalGap(a: ValueInterval, b: ValueInterval): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

/** How far `a` exceeds `b` at best: 0 when some value of `a` is at most some value of `b`. */
export function excess(a: ValueInterval, b: ValueInterval): number {
  return Math.max(0, a.lo - b.hi);
}

export function isBoundedAbove(interval: ValueInterval): boolean {
  return Number.isFinite(interval.hi);
}

/** The sum of intervals (parts of a breakdown). */
export function sumIntervals(parts: readonly ValueInterval[]): ValueInterval {
  let lo = 0;
  let hi = 0;
  let loOpen = false;
  let hiOpen = false;
  for (const part of parts) {
    lo += part.lo;
    hi += part.hi;
    loOpen ||= part.loOpen;
    hiOpen ||= part.hiOpen;
  }
  return { lo, hi, loOpen, hiOpen: hiOpen || !Number.isFinite(hi) };
}
