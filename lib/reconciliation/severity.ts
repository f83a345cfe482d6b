import type { Severity } from '../records';
import type { ReconcileTolerances } from './settings';

/**
 * How serious a conflict is, from how far apart the two intervals are
 * relative to the larger figure: "20 vs 21" is low, "20 vs 46" high.
 */
export function severityOf(
  gap: number,
  scale: number,
  tolerances: Pick<ReconcileTolerances, 'severityMedium' | 'severityHigh'>,
): Severity {
  const relativeGap = scale > 0 ? gap / scale : gap > 0 ? 1 : 0;
  const level = relativeGap >= tolerances.severityHigh ? 'high' : relativeGap >= tolerances.severityMedium ? 'medium' : 'low';
  return { level, gap: round(gap), relativeGap: round(relativeGap) };
}

/** Six decimals: enough to rank conflicts, short enough to read, and the same bytes on every run. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
