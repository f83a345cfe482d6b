/**
 * Stage: the date expressions of each sentence, from our phrase parsers
 * (spans chrono misses or misreads) and then chrono with our refiners.
 * Their spans are masked, so numbers inside dates are never read as counts.
 */
import { AGO_PARSERS } from './dates/parsers/ago';
import { ANCHORED_PARSERS } from './dates/parsers/anchored';
import { WINDOW_PARSERS } from './dates/parsers/windows';
import { YEAR_PARSERS } from './dates/parsers/years';
import type { PhraseParser } from './dates/parsers/parser';
import { dateParser, dateParserFor } from './dates/chrono-parser';
import { fromChrono } from './dates/from-chrono';
import type { DateMention, DateReference } from './dates/mention';
import type { ExtractionContext } from './context';
import { TakenSpans } from './dates/taken-spans';

const PHRASE_PARSERS: readonly PhraseParser[] = [...WINDOW_PARSERS, ...ANCHORED_PARSERS, ...AGO_PARSERS, ...YEAR_PARSERS];

/**
 * Words a date chrono reads must contain. chrono runs only on a window of
 * text around each of them (its cost grows with the length of the text), so
 * a sentence with none costs no parse at all.
 */
// month and weekday names in any case; their short forms, which are also
// words ("may", "sat", "sun", "mar"), only capitalised or next to a day number
const DATE_TRIGGER =
  /\b(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|noon|midnight|weekend|(?:[Ll]ast|[Nn]ext)\s+(?:night|morning|evening))\b|\b(?:may|mar|jun|jul|aug|sept?|oct|nov|dec|jan|feb|apr)\.?\s+\d|\d\s+(?:may|mar|jun|jul|aug|sept?|oct|nov|dec|jan|feb|apr)\b|\d\s*(?:[ap]\.?m\b|[:/]\d)/g;
const WINDOW_BEFORE = 16;
const WINDOW_AFTER = 36;
const MAX_WINDOW = 400;

/** Windows of a sentence around its date triggers, merged where they overlap, cut at spaces. */
function dateWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  DATE_TRIGGER.lastIndex = 0;
  for (const match of text.matchAll(DATE_TRIGGER)) {
    let start = Math.max(0, match.index - WINDOW_BEFORE);
    let end = Math.min(text.length, match.index + match[0].length + WINDOW_AFTER);
    // widen to whole words, a few letters at most
    for (let k = 0; k < 24 && start > 0 && !/\s/.test(text[start - 1]!); k++) start--;
    for (let k = 0; k < 24 && end < text.length && !/\s/.test(text[end]!); k++) end++;
    const last = windows[windows.length - 1];
    // windows merge, but never past MAX_WINDOW: chrono's work stays proportional to the text
    if (last && start <= last[1] && end - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], end);
    else windows.push([last && start < last[1] ? last[1] : start, end]);
  }
  return windows;
}

/** chrono's reference: noon UTC of the publication date or, failing it, of the year hint. */
function chronoReference(reference: DateReference): { instant: Date; timezone: string } {
  const day = reference.published ?? reference.yearHint ?? '2000-07-01';
  return { instant: new Date(`${day}T12:00:00Z`), timezone: 'UTC' };
}

export function findDateMentions(sentenceText: string, shadow: string, offset: number, reference: DateReference): DateMention[] {
  const mentions: DateMention[] = [];
  const taken = new TakenSpans();
  for (const parser of PHRASE_PARSERS) {
    if (!parser.trigger.test(shadow)) continue;
    parser.pattern.lastIndex = 0;
    for (const match of shadow.matchAll(parser.pattern)) {
      const fields = parser.extract(match as RegExpExecArray, reference);
      if (!fields) continue;
      const indices = (match as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices;
      const [start, end] = (parser.spanGroup !== undefined ? indices?.[parser.spanGroup] : undefined) ?? [
        match.index,
        match.index + match[0].length,
      ];
      const span = { start: offset + start, end: offset + end };
      if (taken.overlapsAny(span)) continue;
      taken.take(span);
      mentions.push({ ...fields, ...span, text: sentenceText.slice(start, end) });
    }
  }
  for (const [from, to] of dateWindows(shadow)) {
    const window = sentenceText.slice(from, to);
    const results = dateParserFor(shadow.slice(from, to)).parse(window, chronoReference(reference), { forwardDate: false });
    for (const result of results) {
      const index = from + result.index;
      const span = { start: offset + index, end: offset + index + result.text.length };
      if (taken.overlapsAny(span)) continue;
      const before = sentenceText.slice(Math.max(0, index - 12), index);
      const fields = fromChrono(result, before, reference);
      if (!fields) continue;
      taken.take(span);
      mentions.push({ ...fields, ...span, text: result.text });
    }
  }
  addMissedMonthDays(sentenceText, shadow, offset, reference, mentions, taken);
  return joinRanges(
    sentenceText,
    offset,
    mentions.sort((a, b) => a.start - b.start),
  );
}

/** The words between the two days of a range, and before its first: "between October 17 and October 26", "from Oct. 17 to Oct. 26". */
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;
const RANGE_OPEN = /\b(?:between|from)\s*$/i;

/** "between October 17 and October 26": two days chrono reads apart are one window. */
function joinRanges(sentenceText: string, offset: number, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const second = mentions[i + 1];
    const opens = RANGE_OPEN.test(sentenceText.slice(Math.max(0, first.start - offset - 12), first.start - offset));
    if (
      second &&
      opens &&
      first.date !== null &&
      second.date !== null &&
      first.date <= second.date &&
      RANGE_JOIN.test(sentenceText.slice(first.end - offset, second.start - offset))
    ) {
      out.push({
        ...first,
        end: second.end,
        text: sentenceText.slice(first.start - offset, second.end - offset),
        role: 'window',
        date: null,
        period: { start: first.date, end: second.date },
        relative: first.relative && second.relative,
      });
      i++;
      continue;
    }
    out.push(first);
  }
  return out;
}

/** "Oct. 17", "17 October", "October 17, 2023": a month and a day. */
const MONTH_DAY =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[6-9]|20)\d{2})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(?:1[6-9]|20)\d{2})?)(?![\d])/g;

/**
 * chrono gives up on a whole expression it cannot close ("since Oct. 17 - 32
 * times in Iraq" reads as a range to day 32, which is no date, and nothing is
 * returned): a month and day it left is parsed again on its own.
 */
function addMissedMonthDays(
  sentenceText: string,
  shadow: string,
  offset: number,
  reference: DateReference,
  mentions: DateMention[],
  taken: TakenSpans,
): void {
  MONTH_DAY.lastIndex = 0;
  for (const match of shadow.matchAll(MONTH_DAY)) {
    const span = { start: offset + match.index, end: offset + match.index + match[0].length };
    if (taken.overlapsAny(span)) continue;
    const text = sentenceText.slice(match.index, match.index + match[0].length);
    const [result] = dateParser().parse(text, chronoReference(reference), { forwardDate: false });
    if (!result || result.index !== 0) continue;
    const before = sentenceText.slice(Math.max(0, match.index - 12), match.index);
    const fields = fromChrono(result, before, reference);
    if (!fields) continue;
    const found = { start: span.start, end: span.start + result.text.length };
    taken.take(found);
    mentions.push({ ...fields, ...found, text: result.text });
  }
}

export function readDateMentions(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    sentence.dates = findDateMentions(
      context.text.slice(sentence.start, sentence.end),
      context.shadow.slice(sentence.start, sentence.end),
      sentence.start,
      context.reference,
    );
  }
}
