import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono reads "at 2,500 sites" as 02:00, "from 7 to 10" as a time range
 * and "2.123 pm" as 1:23 pm. A clock time with no date must say am/pm or
 * use a colon, and must not start in the middle of a number.
 */
const HAS_CLOCK_MARK = /\d\s*(?:[ap]\.?m\b|[ap]\.m\.)|\d:\d\d|\bnoon\b|\bmidnight\b|\bo'clock\b/i;

export const dropClockLookalikes: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const before = context.text.slice(Math.max(0, result.index - 1), result.index);
      if (/[\d.,]/.test(before)) return false;
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 2);
      if (/^(?:\d|[.,]\d)/.test(after)) return false;
      const onlyTime = !result.start.isCertain('day') && !result.start.isCertain('weekday') && !result.start.isCertain('month');
      if (onlyTime && result.start.isCertain('hour')) return HAS_CLOCK_MARK.test(result.text);
      return true;
    });
  },
};
