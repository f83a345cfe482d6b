import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * "2 1/2 inches" and "1/4 of the troops" are fractions, not January 2 or
 * April 1. A day/month written with a slash and no year is kept only after
 * a word that introduces a date.
 */
// "10 1/2 miles" too: chrono reads the whole number before the fraction as a day
const SLASH_DAY = /^(?:\d{1,2} )?\d{1,2}\/\d{1,2}$/;
const DATE_INTRODUCER = /\b(?:on|since|from|until|till|by|before|after|as of|through|dated)\s+$/i;

export const dropSlashFractions: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!SLASH_DAY.test(result.text.trim())) return true;
      return DATE_INTRODUCER.test(context.text.slice(Math.max(0, result.index - 12), result.index));
    });
  },
};
