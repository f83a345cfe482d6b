/**
 * Stage: the date expressions of each sentence, from our phrase parsers
 * (spans chrono misses or misreads) and then chrono with our refiners.
 * Their spans are masked, so numbers inside dates are never read as counts.
 */
import { ANCHORED_PARSERS } from './dates/parsers/anchored';
import { WINDOW_PARSERS } from './dates/parsers/windows';
import { YEAR_PARSERS } from './dates/parsers/years';
import type { PhraseParser } from './dates/parsers/parser';
import { dateParser } from './dates/chrono-parser';
import { fromChrono } from './dates/from-chrono';
import type { DateMention, DateReference } from './dates/mention';
import type { ExtractionContext } from './context';

const PHRASE_PARSERS: readonly PhraseParser[] = [...WINDOW_PARSERS, ...ANCHORED_PARSERS, ...YEAR_PARSERS];

/** Sentences with none of these cannot hold a date chrono reads: skip the parse. */
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|ago|noon|midnight|week|month|year|day|night|morning|evening|afternoon)/i;

/** chrono's reference: noon UTC of the publication date or, failing it, of the year hint. */
function chronoReference(reference: DateReference): { instant: Date; timezone: string } {
  const day = reference.published ?? reference.yearHint ?? '2000-07-01';
  return { instant: new Date(`${day}T12:00:00Z`), timezone: 'UTC' };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function findDateMentions(sentenceText: string, shadow: string, offset: number, reference: DateReference): DateMention[] {
  const mentions: DateMention[] = [];
  for (const parser of PHRASE_PARSERS) {
    parser.pattern.lastIndex = 0;
    for (const match of shadow.matchAll(parser.pattern)) {
      const fields = parser.extract(match as RegExpExecArray, reference);
      if (!fields) continue;
      const indices = (match as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices;
      const [start, end] = (parser.spanGroup !== undefined ? indices?.[parser.spanGroup] : undefined) ?? [match.index, match.index + match[0].length];
      const span = { start: offset + start, end: offset + end };
      if (mentions.some((m) => overlaps(m, span))) continue;
      mentions.push({ ...fields, ...span, text: sentenceText.slice(start, end) });
    }
  }
  if (MAY_HOLD_DATE.test(shadow)) {
    const results = dateParser().parse(sentenceText, chronoReference(reference), { forwardDate: false });
    for (const result of results) {
      const span = { start: offset + result.index, end: offset + result.index + result.text.length };
      if (mentions.some((m) => overlaps(m, span))) continue;
      const before = sentenceText.slice(Math.max(0, result.index - 12), result.index);
      const fields = fromChrono(result, before, reference);
      if (!fields) continue;
      mentions.push({ ...fields, ...span, text: result.text });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
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
