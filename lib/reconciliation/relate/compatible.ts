import { cited, citedIn, formatNumber, formatPercent } from '../describe';
import { canBeAtMost, isBoundedAbove } from '../interval';
import type { Comparison } from './compare';
import type { VerdictRule } from './verdict';

/**
 * Different statements that can both be true: a lower bound that admits a
 * figure (at least 19 vs 20), overlapping approximations, counts over spans
 * that cannot be compared. The last rule: it takes every pair not violated.
 */
export const compatible: VerdictRule = {
  kind: 'compatible',
  judge(comparison) {
    if (comparison.violated) return null;
    return { claims: [comparison.first, comparison.second], reason: explain(comparison), severity: null };
  },
};

function explain({ first, second, narrower, expectation, nature, order, withinTolerance, gap, scale, settings }: Comparison): string {
  const a = cited(first);
  const b = cited(second);
  if (withinTolerance) {
    return `${a} and ${b} differ by ${formatNumber(gap)} (${formatPercent(gap / scale)}), within the tolerance of ${formatPercent(settings.sameFigureTolerance)}`;
  }
  if (narrower !== null) {
    const cite = narrower === 'measure' ? cited : citedIn;
    return `${cite(first)} and ${cite(second)} can both be true if the narrower count is the later one`;
  }
  if (expectation === 'none' && first.claim.documentId === second.claim.documentId && order !== 'before') {
    return `${a} and ${b} in one article: possibly separate incidents`;
  }
  if (nature === 'event' && expectation === 'none') return `${a} and ${b}: an unknown date, possibly different events`;
  if (!isBoundedAbove(first.value) && canBeAtMost(first.value, second.value)) return `${a} admits ${b}`;
  if (!isBoundedAbove(second.value) && canBeAtMost(second.value, first.value)) return `${b} admits ${a}`;
  if (!isBoundedAbove(second.value) && order === 'before') return `${b}, stated later, is a lower bound consistent with ${a}`;
  if (expectation === 'within') return `${a} counts part of what ${b} counts and is not larger`;
  if (expectation === 'none') return `${a} and ${b} count different spans or times; both can be true`;
  return `${a} and ${b} overlap: both can be true`;
}
