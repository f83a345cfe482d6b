import { casual, type Chrono } from 'chrono-node';
import { dropClockLookalikes } from './refiners/drop-clock-lookalikes';
import { dropDurations } from './refiners/drop-durations';
import { dropSlashFractions } from './refiners/drop-slash-fractions';
import { dropTrailingCommaNumbers } from './refiners/drop-trailing-comma-numbers';
import { extendDayRanges } from './refiners/extend-day-ranges';
import { dropLowercaseMonths } from './refiners/drop-lowercase-months';

/** Our refiners, in the order they run after chrono's own. */
export const OUR_REFINERS = [
  dropTrailingCommaNumbers,
  dropClockLookalikes,
  dropDurations,
  dropSlashFractions,
  dropLowercaseMonths,
  extendDayRanges,
];

/**
 * chrono's parsers of spans counted in units ("within 3 days", "3 days
 * ago", "2 weeks later", "+2 days") are left out: in news copy those words
 * are durations, not dates ("after three days of fighting"), and they are
 * the slowest of chrono's parsers. Our own parsers read the few that are
 * dates: "three days ago" (parsers/ago.ts), "two days later" (parsers/anchored.ts).
 */
const LEFT_OUT = /^EN(?:TimeUnitWithinFormat|TimeUnitAgoFormat|TimeUnitLaterFormat|TimeUnitCasualRelativeFormat)Parser$/;

/**
 * What a window must contain for one of chrono's costlier parsers to find
 * anything in it: each parser's regular expression scans the whole window,
 * so one whose words are absent is left out of that window's parse. A parser
 * named here only if its pattern cannot match without these words.
 */
const NEEDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ENWeekdayParser$/, /mon|tue|wed|thu|fri|sat|sun|weekday|weekend/i],
  [/^(?:ENTimeExpressionParser|ISOFormatParser|SlashDateFormatParser|ENYearMonthDayParser|ENSlashMonthFormatParser)$/, /\d/],
  [
    /^(?:ENMonthNameParser|ENMonthNameLittleEndianParser|ENMonthNameMiddleEndianParser|ENYearMonthNameParser)$/,
    /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  ],
];

let parser: Chrono | undefined;
let needs: Array<RegExp | null> | undefined;
const byMask = new Map<number, Chrono>();

/** chrono with only the parsers that can find something in `text` (see NEEDS), built once per combination. */
export function dateParserFor(text: string): Chrono {
  const full = dateParser();
  needs ??= full.parsers.map((p) => NEEDS.find(([name]) => name.test(p.constructor.name))?.[1] ?? null);
  let mask = 0;
  needs.forEach((need, i) => {
    if (need === null || need.test(text)) mask |= 1 << i;
  });
  let chosen = byMask.get(mask);
  if (!chosen) {
    chosen = full.clone();
    chosen.parsers = full.parsers.filter((_p, i) => (mask & (1 << i)) !== 0);
    byMask.set(mask, chosen);
  }
  return chosen;
}

/** chrono's casual English parser with our refiners, built once. */
export function dateParser(): Chrono {
  if (!parser) {
    parser = casual.clone();
    parser.parsers = parser.parsers.filter((p) => !LEFT_OUT.test(p.constructor.name));
    // time zones do not move a calendar date we read (all dates are days, in UTC)
    parser.refiners = parser.refiners.filter((r) => !/^ExtractTimezone(?:Abbr|Offset)Refiner$/.test(r.constructor.name));
    parser.refiners.push(...OUR_REFINERS);
  }
  return parser;
}
