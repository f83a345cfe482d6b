import {
  type Component,
  type ParsedComponents,
  type ParsingComponents,
  type ParsingContext,
  type ParsingResult,
  type Refiner,
} from 'chrono-node';
import { dateParserFor } from '../chrono-parser';

/**
 * "Since October 17, 19 attacks", "On Thursday, 19 attacks", "By Nov. 9, 46
 * attacks": chrono reads the figure after the comma as a two-digit year or
 * an hour, and the figure is lost to the date. News copy writes the year
 * after a date in four digits and a time with a clock mark, so one to three
 * digits after a comma end the date before the comma, which is read again.
 */
const TRAILING_FIGURE = /,\s*\d{1,3}$/;
const CLOCK_MARK_AFTER = /^\s*(?:[ap]\.?m\b|[ap]\.m\.|:\d|o'clock)/i;
const COMPONENTS: readonly Component[] = [
  'year',
  'month',
  'day',
  'weekday',
  'hour',
  'minute',
  'second',
  'millisecond',
  'meridiem',
  'timezoneOffset',
];

export const dropTrailingCommaNumbers: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.flatMap((result) => {
      const trailing = TRAILING_FIGURE.exec(result.text);
      if (!trailing) return [result];
      if (CLOCK_MARK_AFTER.test(context.text.slice(result.index + result.text.length))) return [result];
      const before = result.text.slice(0, trailing.index);
      const reference = { instant: context.reference.instant, timezone: context.reference.timezoneOffset ?? 'UTC' };
      // our parser, not chrono's casual one: the date before the comma was found by ours, and casual's
      // unit-span parsers we leave out cost most of the parse
      const [date] = dateParserFor(before).parse(before, reference, context.option);
      if (!date || date.index !== 0 || date.text !== before) return [];
      const end = date.end ? copy(context, date.end) : undefined;
      return [context.createParsingResult(result.index, before, copy(context, date.start), end)];
    });
  },
};

/** Known values stay known and implied ones implied ("October 17" keeps the year chrono chose for it). */
function copy(context: ParsingContext, parsed: ParsedComponents): ParsingComponents {
  const components = context.createParsingComponents();
  for (const component of COMPONENTS) {
    const value = parsed.get(component);
    if (value === null) continue;
    if (parsed.isCertain(component)) components.assign(component, value);
    else components.imply(component, value);
  }
  return components;
}
