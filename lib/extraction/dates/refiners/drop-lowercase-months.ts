import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * "took part in the march", "they may strike": a month name in lower case
 * with no day or year beside it is a noun or a verb. News copy writes the
 * months with a capital ("in March").
 */
const LOWERCASE_MONTH_ONLY = /^(?:(?:in|the|this|last|next|of)\s+)*(?:march|may|june|august)[.,;:]?$/;

export const dropLowercaseMonths: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !LOWERCASE_MONTH_ONLY.test(result.text.trim()));
  },
};
