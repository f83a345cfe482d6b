/**
 * Which dates of a sentence tell when something was said, and which when
 * it happened. A speech frame's day (attribution/frame-dates.ts) is a
 * statement date; every other point date is the day of an event. Dates
 * that count from another ("a day earlier", "that same day", "since then")
 * are resolved against the last date before them: in the sentence, else
 * the sentence before.
 */
import type { IsoDate } from '../../records';
import type { SentenceAnalysis } from '../context';
import type { DateMention } from '../dates/mention';
import { addDays } from '../../dates';
import { dateFrames } from '../attribution/frame-dates';

function anchorOf(previous: SentenceAnalysis | null): IsoDate | null {
  if (!previous) return null;
  if (previous.eventDate) return previous.eventDate;
  if (previous.statementDate) return previous.statementDate;
  for (let i = previous.dates.length - 1; i >= 0; i--) {
    const mention = previous.dates[i]!;
    const date = mention.date ?? mention.period?.end ?? null;
    if (date) return date;
  }
  return null;
}

export function readStatementDates(sentence: SentenceAnalysis, previous: SentenceAnalysis | null): void {
  let anchored = false;
  for (const mention of sentence.dates) {
    if (mention.anchorOffsetDays === null) continue;
    const earlier = lastResolvedBefore(sentence.dates, mention);
    const anchor = earlier ? (earlier.date ?? earlier.period!.end) : anchorOf(previous);
    mention.date = anchor === null ? null : addDays(anchor, mention.anchorOffsetDays);
    anchored = true;
  }
  // "A day earlier, the Pentagon said": a frame's day may be one just resolved
  if (anchored) dateFrames(sentence, sentence.speech);
  sentence.statementDate = sentence.speech.find((frame) => frame.date !== null)?.date ?? null;
  sentence.eventDate = null;
  const spoken = new Set(sentence.speech.filter((f) => f.dateAt >= 0).map((f) => sentence.tokens[f.dateAt]!.start));
  for (const mention of sentence.dates) {
    if (mention.role !== 'point' || mention.date === null) continue;
    if (!spoken.has(mention.start)) sentence.eventDate ??= mention.date;
  }
}

function lastResolvedBefore(mentions: readonly DateMention[], mention: DateMention): DateMention | null {
  let found: DateMention | null = null;
  for (const m of mentions) {
    if (m.end > mention.start) break;
    if (m.anchorOffsetDays === null && (m.date ?? m.period?.end ?? null) !== null) found = m;
  }
  return found;
}

/** True when a date mention is a speech frame's day. */
export function isSpoken(sentence: SentenceAnalysis, mention: DateMention): boolean {
  return sentence.speech.some((f) => f.dateAt >= 0 && sentence.tokens[f.dateAt]!.start === mention.start);
}
