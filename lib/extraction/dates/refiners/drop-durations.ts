import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono reads "for six weeks", "after three days" and "within 24 hours" as
 * dates counted from its reference. In news copy they are spans of time
 * ("after three days of fighting"), not dates: their numbers are durations
 * and must not be masked as dates nor anchor a figure in time. "Three days
 * ago" stays a date; "two days later" is read by our anchored parser.
 */
const DURATION =
  /^(?:for|after|over|during|throughout|within|in)\s+(?:the\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s+of)\b/i;

export const dropDurations: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !DURATION.test(result.text) || /\bago\b/i.test(result.text));
  },
};
