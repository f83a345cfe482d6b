import { cited, formatNumber, formatPercent } from '../describe';
import type { ClaimFacts } from '../facts';
import type { VerdictRule } from './verdict';

/** One quantity, the same figure (hedged or not): "21 injured" and "at least 21 injured". */
export const agree: VerdictRule = {
  kind: 'agree',
  judge({ first, second, narrower, violated, withinTolerance, expectation, gap, scale, settings }) {
    if (narrower !== null || violated || expectation !== 'equal') return null;
    if (!sameFigure(first, second, settings.sameFigureTolerance * scale)) return null;
    const reason = withinTolerance
      ? `${cited(first)} and ${cited(second)} agree within the tolerance of ${formatPercent(settings.sameFigureTolerance)} ` +
        `(${formatNumber(gap)} apart, ${formatPercent(gap / scale)})`
      : `${cited(first)} and ${cited(second)} give the same figure`;
    return { claims: [first, second], reason, severity: null };
  },
};

function sameFigure(a: ClaimFacts, b: ClaimFacts, tolerance: number): boolean {
  if (Math.abs(a.claim.stated - b.claim.stated) > tolerance) return false;
  if (a.claim.upper === null || b.claim.upper === null) return a.claim.upper === b.claim.upper;
  return Math.abs(a.claim.upper - b.claim.upper) <= tolerance;
}
