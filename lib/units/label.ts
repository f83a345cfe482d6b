import type { Claim } from '../records';

/**
 * A figure as a reader writes it with its unit: "$5", "0.3%", "87 mph",
 * "3.1 miles". Counts and shares need none ("19 attacks", "a third"); a unit
 * the text did not write is named by its code ("5 km" for a dataset row).
 */
export function withUnit(claim: Claim, figure: string): string {
  if (claim.unit === 'count' || claim.unit === 'fraction') return figure;
  const written = claim.unitText ?? null;
  if (written === null || written === '') return claim.unit === 'percent' ? `${figure}%` : `${figure} ${claim.unit}`;
  // "$ … an ounce": written on both sides of the number
  const split = written.indexOf(' … ');
  if (split > 0) return `${written.slice(0, split)}${figure} ${written.slice(split + 3)}`;
  if (claim.dimension === 'currency' && /(?:^\P{L}+$|\$$)/u.test(written)) return `${written}${figure}`;
  if (/^[%‰°]/.test(written)) return `${figure}${written}`;
  return `${figure} ${written}`;
}
