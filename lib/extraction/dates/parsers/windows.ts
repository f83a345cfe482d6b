/**
 * Spans counted back from the publication date, which chrono reads as one
 * instant or not at all: "in the past week", "over the last 10 days", "in
 * recent weeks", "this month", "so far this year", "last week", "to date".
 */
import { smallNumber } from '../../english/number-words';
import { addDays } from '../../../dates';
import { startOfUnit, subtractUnits } from '../calendar-math';
import { emptyMention, type PhraseParser } from './parser';

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';
const unitOf = (word: string): Unit => {
  const stem = word.toLowerCase().replace(/s$/, '');
  return stem === 'fortnight' ? 'week' : (stem as Unit);
};

const pastWindow: PhraseParser = {
  trigger: /\b(?:past|last|previous|preceding)\b/i,
  pattern:
    /\b(?:(?:in|over|during|within|for|throughout)\s+)?the\s+(?:past|last|previous|preceding)\s+(?:(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|few|several|couple\s+of)\s+)?(hours?|days?|weeks?|months?|years?|fortnight)\b(?!\s+of\b)/gi,
  extract(match, reference) {
    const mention = { ...emptyMention('window'), relative: true };
    const published = reference.published;
    if (published === null) return mention;
    const amount = match[1]?.toLowerCase().split(/\s/, 1)[0]; // "couple of" is "couple"
    const unit = unitOf(match[2]!);
    let count: number | null = amount === undefined ? 1 : smallNumber(amount);
    if (amount === 'couple') count = 2;
    if (match[2]!.toLowerCase() === 'fortnight') count = (count ?? 1) * 2;
    mention.period = { start: count === null ? null : subtractUnits(published, count, unit), end: published };
    return mention;
  },
};

const recentWindow: PhraseParser = {
  trigger: /\brecent\b/i,
  pattern: /\b(?:(?:in|over|during|within)\s+)?(?:the\s+)?recent\s+(days|weeks|months|years)\b/gi,
  extract(_match, reference) {
    return {
      ...emptyMention('window'),
      relative: true,
      period: reference.published === null ? null : { start: null, end: reference.published },
    };
  },
};

const currentUnit: PhraseParser = {
  trigger: /\bthis\s+(?:week|month|year)\b/i,
  pattern: /\b(?:(?:so\s+far|earlier|thus\s+far)\s+)?this\s+(week|month|year)\b/gi,
  extract(match, reference) {
    const unit = match[1]!.toLowerCase() as 'week' | 'month' | 'year';
    const mention = { ...emptyMention('window'), relative: true, currentUnit: unit };
    if (reference.published !== null) mention.period = { start: startOfUnit(reference.published, unit), end: reference.published };
    return mention;
  },
};

const previousUnit: PhraseParser = {
  trigger: /\blast\s+(?:week|month|year)\b/i,
  pattern: /\blast\s+(week|month|year)\b/gi,
  extract(match, reference) {
    const mention = { ...emptyMention('window'), relative: true };
    if (reference.published === null) return mention;
    const unit = match[1]!.toLowerCase() as 'week' | 'month' | 'year';
    const currentStart = startOfUnit(reference.published, unit);
    const previousEnd = currentStart === null ? null : addDays(currentStart, -1);
    const previousStart = previousEnd === null ? null : unit === 'week' ? addDays(previousEnd, -6) : startOfUnit(previousEnd, unit);
    mention.period = { start: previousStart, end: previousEnd };
    return mention;
  },
};

const untilNow: PhraseParser = {
  trigger: /\b(?:date|far|now|this day)\b/i,
  pattern: /\b(?:to\s+date|so\s+far|thus\s+far|until\s+now|up\s+to\s+now|as\s+of\s+now|to\s+this\s+day)\b/gi,
  extract(_match, reference) {
    return { ...emptyMention('as-of'), relative: true, date: reference.published };
  },
};

const sinceStartOf: PhraseParser = {
  trigger: /\bsince\s+the\b/i,
  pattern: /\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(week|month|year)\b/gi,
  extract(match, reference) {
    const mention = { ...emptyMention('since'), relative: true };
    if (reference.published !== null) mention.date = startOfUnit(reference.published, match[1]!.toLowerCase() as 'week' | 'month' | 'year');
    return mention;
  },
};

/** In the order they are tried: a longer phrase first. */
export const WINDOW_PARSERS: readonly PhraseParser[] = [sinceStartOf, pastWindow, recentWindow, currentUnit, previousUnit, untilNow];
