import type { FindingGap, FindingPattern } from '../../records';
import type { ReconcileSettings } from '../settings';

/**
 * The typical and largest gap of a finding. Typical is the median of the
 * daily gaps (the lower one of an even count: always a gap that was seen),
 * so a day of lag or one bad row does not move it.
 */
export function gapOf(gaps: readonly number[], relativeGaps: readonly number[]): FindingGap {
  return {
    typical: round(median(gaps)),
    typicalRelative: round(median(relativeGaps)),
    largest: round(gaps.reduce((a, b) => Math.max(a, b), 0)),
    largestRelative: round(relativeGaps.reduce((a, b) => Math.max(a, b), 0)),
  };
}

/**
 * How much and how long a reader's number would be off: the median of each
 * day's gap as a share of the larger figure, times the days (at least one).
 * The share is read against the small-count floor when the figures are
 * smaller, as severity reads small counts against severityMinScale: 8
 * against 1 case is not 88% of a story whose counts later reach thousands.
 */
export function weightOf(gaps: readonly number[], scales: readonly number[], days: number, floor: number): number {
  const shares = gaps.map((gap, i) => {
    const base = Math.max(scales[i] ?? 0, floor);
    return base > 0 ? gap / base : gap > 0 ? 1 : 0;
  });
  return round(median(shares) * Math.max(1, days));
}

/**
 * A steady gap over enough dates is likely a difference of definition: the
 * same amount every day (an offset: one source leaves out a category), or
 * the same share of the figure (one source counts a fixed part of what the
 * other counts). Steady means the middle 80% of the daily values lie within
 * `findingSteadySpread` of their median, either way.
 */
export function patternOf(
  gaps: readonly number[],
  relativeGaps: readonly number[],
  settings: Pick<ReconcileSettings, 'findingSteadySpread' | 'findingSteadyMinDates'>,
): FindingPattern | null {
  if (gaps.length < Math.max(2, settings.findingSteadyMinDates)) return null;
  if (isSteady(gaps, settings.findingSteadySpread)) return 'offset';
  if (isSteady(relativeGaps, settings.findingSteadySpread)) return 'proportional';
  return 'varying';
}

function isSteady(values: readonly number[], spread: number): boolean {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = percentile(sorted, 0.5);
  if (!(middle > 0)) return false;
  return middle - percentile(sorted, 0.1) <= spread * middle && percentile(sorted, 0.9) - middle <= spread * middle;
}

function median(values: readonly number[]): number {
  return values.length === 0
    ? 0
    : percentile(
        [...values].sort((a, b) => a - b),
        0.5,
      );
}

/** Nearest rank on sorted values: a value that occurs, never an interpolation. */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(share * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Six decimals, as severities: enough to rank, and the same bytes on every run. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return Math.min(n, Number.MAX_VALUE);
  const scaled = n * 1e6;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : n;
}
