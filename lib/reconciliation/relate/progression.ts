import { cited, citedIn, formatNumber } from '../describe';
import { canBeAtMost, isBoundedAbove } from '../interval';
import type { Comparison } from './compare';
import type { Verdict, VerdictRule } from './verdict';

/**
 * A running count at a later date that is not smaller (20 on Oct 27, 46 on
 * Nov 9); a later, broader count above an earlier narrower one (21 injured,
 * then 56 casualties); a level that changed over months. Both figures must
 * be bounded: a later "at least" or "over" is only compatible.
 */
export const progression: VerdictRule = {
  kind: 'progression',
  judge(comparison) {
    if (comparison.violated) return null;
    return comparison.narrower === null ? sameSubject(comparison) : acrossSubjects(comparison);
  },
};

function acrossSubjects({ first, second, order, days, narrower, settings }: Comparison): Verdict | null {
  if (days <= settings.sameTimeSlackDays) return null;
  const cite = narrower === 'measure' ? cited : citedIn;
  if (order === 'before' && isBoundedAbove(second.value) && canBeAtMost(first.value, second.value)) {
    return { claims: [first, second], reason: `${cite(first)} then ${cite(second)}: later and broader, not smaller`, severity: null };
  }
  if (order === 'after' && !canBeAtMost(first.value, second.value)) {
    return {
      claims: [second, first],
      reason: `${cite(second)} then ${cite(first)}: a later narrower count above an earlier wider one, so the count grew`,
      severity: null,
    };
  }
  return null;
}

function sameSubject({ first, second, order, days, nature, expectation }: Comparison): Verdict | null {
  if (nature === 'event' || order === 'same' || expectation === 'equal') return null;
  if (!isBoundedAbove(first.value) || !isBoundedAbove(second.value)) return null;
  const from = first.claim.stated;
  const to = second.claim.stated;
  if (nature === 'level') {
    if (order !== 'before') return null;
    const change = to > from ? 'rose' : to < from ? 'fell' : 'held';
    return {
      claims: [first, second],
      reason: `level ${change} from ${cited(first)} to ${cited(second)}, ${formatNumber(days)} days apart`,
      severity: null,
    };
  }
  if (to < from) return null;
  const trend =
    to > from
      ? `running count grows from ${cited(first)} to ${cited(second)}`
      : `running count holds at ${cited(first)} and ${cited(second)}`;
  const unknown = order === 'uncertain' ? ': a date is unknown, and in this order both hold' : '';
  return { claims: [first, second], reason: `${trend}${unknown}`, severity: null };
}
