import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono reads "between October 17 and 27" as October 17 alone: the second
 * day, written without its month, is lost. After "between" or "from", or
 * joined by a dash, a bare day number that follows a dated result closes a
 * range in the same month (or the next one, when the day is smaller).
 */
const FOLLOWING_DAY =
  /^(\s*(?:and|to|through|until|till)\s+|\s*[-–]\s*)(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:$|[^\p{L}\d\s%]|(?:in|on|at|and|or|when|while|as|that|according|inclusive|amid|across|against|by|from|with|this|last)\b))/iu;
const OPENS_RANGE = /\b(?:between|from)\s+$/i;

export const extendDayRanges: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.end || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 40);
      const match = FOLLOWING_DAY.exec(after);
      if (!match) continue;
      const dashed = /[-–]/.test(match[1]!);
      if (!dashed && !OPENS_RANGE.test(context.text.slice(Math.max(0, result.index - 10), result.index))) continue;
      const day = Number(match[2]);
      const startDay = result.start.get('day') ?? 0;
      if (day < 1 || day > 31 || day === startDay) continue;
      const end = result.start.clone();
      end.assign('day', day);
      if (day < startDay) {
        const month = (result.start.get('month') ?? 1) + 1;
        end.assign('month', month > 12 ? 1 : month);
        if (month > 12) end.assign('year', (result.start.get('year') ?? 0) + 1);
      }
      if (!end.isValidDate()) continue;
      result.end = end;
      result.text += match[0];
    }
    return results;
  },
};
