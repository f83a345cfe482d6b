import type { Severity } from '../records';
import type { ReconcileTolerances } from './settings';

/**
 * How serious a conflict is, from how far apart the two intervals are
 * relative to the larger figure: "20 vs 21" is low, "20 vs 46" high. The
 * level reads small counts against `severityMinScale`, so that one death
 * against none does not outrank 1,624 cases against 7,189.
 */
export function severityOf(
  gap: number,
  scale: number,
  tolerances: Pick<ReconcileTolerances, 'severityMedium' | 'severityHigh' | 'severityMinScale'>,
): Severity {
  const relativeGap = finite(scale > 0 ? gap / scale : gap > 0 ? 1 : 0);
  const levelScale = Math.max(scale, tolerances.severityMinScale);
  const share = finite(levelScale > 0 ? gap / levelScale : gap > 0 ? 1 : 0);
  const level = share >= tolerances.severityHigh ? 'high' : share >= tolerances.severityMedium ? 'medium' : 'low';
  return { level, gap: round(finite(gap)), relativeGap: round(relativeGap) };
}

/**
 * Figures at opposite ends of the double range (-1e308 against 1e308) are
 * further apart than a double holds; JSON would write the Infinity as null.
 */
function finite(n: number): number {
  return Math.min(n, Number.MAX_VALUE);
}

/** Six decimals: enough to rank conflicts, short enough to read, and the same bytes on every run. */
function round(n: number): number {
  const scaled = n * 1e6;
  // Past about 1e302 the scaling overflows; such figures have no decimals left to drop.
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : n;
}
