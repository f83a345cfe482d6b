import { casual, type Chrono } from 'chrono-node';
import { dropClockLookalikes } from './refiners/drop-clock-lookalikes';
import { dropDurations } from './refiners/drop-durations';
import { dropSlashFractions } from './refiners/drop-slash-fractions';
import { extendDayRanges } from './refiners/extend-day-ranges';

/** Our refiners, in the order they run after chrono's own. */
export const OUR_REFINERS = [dropClockLookalikes, dropDurations, dropSlashFractions, extendDayRanges];

let parser: Chrono | undefined;

/** chrono's casual English parser with our refiners, built once. */
export function dateParser(): Chrono {
  if (!parser) {
    parser = casual.clone();
    parser.refiners.push(...OUR_REFINERS);
  }
  return parser;
}
