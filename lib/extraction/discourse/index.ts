/**
 * Stage: what a figure's own words leave open, from the rest of the
 * document. The rules run in order, each over every figure: totals first
 * (a part inherits from its total), then bare figures from the figure
 * before them, then headlines from the body that repeats them, then
 * places, then time. Each value passed on keeps the words it came from
 * and says it was inherited; document defaults come last and say so.
 */
import type { ExtractionContext } from '../context';
import { readParts } from './parts';
import { inheritFromTotals } from './parts-inherit';
import { sharpenRoughWindows } from './rough-windows';
import { readEllipses } from './ellipsis';
import { echoHeadlines } from './headline-echo';
import { framePlaces } from './places-frame';
import { frameTime } from './time-frame';
import { boundTimes } from './bounds';

export const DISCOURSE_RULES: ReadonlyArray<(context: ExtractionContext) => void> = [
  readParts,
  inheritFromTotals,
  sharpenRoughWindows,
  readEllipses,
  // after ellipsis: a headline echoes the body's figure once the body's figure knows what it counts
  echoHeadlines,
  framePlaces,
  // again: the body's figure may have inherited its places only now
  echoHeadlines,
  frameTime,
  // time again for parts: a part whose own words gave no period takes its total's, now that the total has one
  inheritFromTotals,
  boundTimes,
];

export function readDiscourse(context: ExtractionContext): void {
  for (const rule of DISCOURSE_RULES) rule(context);
}
