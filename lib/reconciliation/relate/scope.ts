import { cited, citedIn } from '../describe';
import { canBeAtMost, isBoundedAbove } from '../interval';
import type { VerdictRule } from './verdict';

/**
 * A narrower measure or a sub-place against the wider count, and not larger
 * than it (41 missile and drone attacks of 46 attacks). A narrower count
 * well before a bounded wider one reads as a progression instead.
 */
export const scope: VerdictRule = {
  kind: 'scope',
  judge({ first, second, narrower, order, days, settings }) {
    if (narrower === null || !canBeAtMost(first.value, second.value)) return null;
    if (order === 'before' && days > settings.sameTimeSlackDays && isBoundedAbove(second.value)) return null;
    const what = narrower === 'place' ? 'place' : narrower === 'measure' ? 'measure' : 'measure and place';
    const cite = narrower === 'measure' ? cited : citedIn;
    return {
      claims: [first, second],
      reason: `${cite(first)} within ${cite(second)}: the narrower ${what} counts no more than the wider`,
      severity: null,
    };
  },
};
