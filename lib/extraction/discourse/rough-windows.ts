/**
 * "55 attacks … over the past month. … at least 27 times in Iraq and 28 times in Syria since October 17":
 * a total and its parts count the same span, and "the past month" is a rough way of saying the day its
 * parts state. When a total's period is a relative window ("the past month", "the last two weeks") and
 * its parts run since a stated day inside it, every figure dated by that window runs since that day.
 */
import type { ExtractionContext, Quantity } from '../context';
import { inherited } from '../evidence';
import { addDays } from '../../dates';
import { figuresOf, totalOf } from './figures';

const RULE = 'parts-since';
/** The words that make a window relative to the day it is told, and so rough. */
const ROUGH_WINDOW = /\b(?:past|last|previous)\b/i;
/** How far before a rough window's first day a stated start may fall ("the past month" said on April 5, "since March 4"). */
const ROUGH_DAYS = 7;

const roughWindowOf = (quantity: Quantity): { start: number; end: number } | null => {
  const evidence = quantity.time?.periodEvidence;
  if (!evidence || evidence.rule !== 'window-phrase' || !evidence.from || !ROUGH_WINDOW.test(evidence.from.quote)) return null;
  return evidence.from;
};

export function sharpenRoughWindows(context: ExtractionContext): void {
  const figures = figuresOf(context);
  for (const { quantity: part } of figures) {
    const total = totalOf(context, part);
    const window = total ? roughWindowOf(total) : null;
    const since = part.time?.period?.start ?? null;
    const period = total?.time?.period ?? null;
    if (!window || !period || since === null || part.time!.periodEvidence.rule !== 'since-phrase') continue;
    if (
      period.start === null ||
      since === period.start ||
      since < addDays(period.start, -ROUGH_DAYS)! ||
      (period.end !== null && since > period.end)
    )
      continue;
    for (const { quantity } of figures) {
      const time = quantity.time;
      if (!time?.period || time.periodEvidence.from?.start !== window.start || time.periodEvidence.from.end !== window.end) continue;
      time.period = { ...time.period, start: since };
      time.periodEvidence = inherited(RULE, part.time!.periodEvidence.from);
      if (time.basis !== 'level' && time.basis !== 'running') {
        time.basis = 'running';
        time.basisEvidence = inherited(RULE, part.time!.periodEvidence.from);
      }
    }
  }
}
