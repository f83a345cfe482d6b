/**
 * chrono's results as date mentions: what role the words around a date give
 * it, and which dates can be resolved with what is known of the publication
 * date. A date that depends on an unknown publication date stays null.
 */
import type { ParsedResult } from 'chrono-node';
import { MONTHS } from '../english/calendar';
import { endOfMonth, isoOf, latestWeekday } from './calendar-math';
import type { DateReference, DateRole } from './mention';
import { emptyMention, type MentionFields } from './parsers/parser';

const RELATIVE_WORDS = /\b(?:ago|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;
const NEXT = /\b(?:next|coming)\b/i;

/** The role the words just before a date give it. */
export function roleFromContext(before: string, isRange: boolean): DateRole {
  if (/\bsince\s+(?:(?:mid|early|late)-?\s*|the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i.test(before)) return 'since';
  if (/\b(?:as\s+of|as\s+at)\s*$/i.test(before)) return 'as-of';
  if (/\b(?:until|till|through|up\s+to|by)\s*$/i.test(before)) return 'until';
  if (isRange) return 'window';
  if (/\bfrom\s*$/i.test(before)) return 'since';
  return 'point';
}

function mentionsMonthName(text: string): boolean {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (MONTHS.has(word) && word !== 'may') return true;
  return /\bmay\s+\d/i.test(text);
}

export function fromChrono(result: ParsedResult, before: string, reference: DateReference): MentionFields | null {
  const start = result.start;
  const role = roleFromContext(before, result.end !== undefined && result.end !== null);
  const mention = { ...emptyMention(role) };
  const knowsYear = reference.published !== null || reference.yearHint !== null;

  if (start.isCertain('day') && start.isCertain('month')) {
    const relative = RELATIVE_WORDS.test(result.text) || (!/\d/.test(result.text) && !mentionsMonthName(result.text));
    mention.relative = relative;
    if (relative && reference.published === null) return mention;
    const yearKnown = start.isCertain('year') || knowsYear;
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (!yearKnown) {
      mention.monthDay = { month, day };
      return mention;
    }
    const date = isoOf(start.get('year')!, month, day);
    if (result.end) {
      const end = result.end;
      mention.period = { start: date, end: isoOf(end.get('year')!, end.get('month')!, end.get('day')!) };
      if (role === 'since' || role === 'until' || role === 'as-of') mention.date = date;
    } else {
      mention.date = date;
    }
    return mention;
  }

  if (start.isCertain('weekday') && !start.isCertain('day')) {
    mention.relative = true;
    mention.weekday = start.get('weekday');
    if (reference.published === null || mention.weekday === null) return mention;
    mention.date = NEXT.test(result.text)
      ? isoOf(start.get('year')!, start.get('month')!, start.get('day')!)
      : latestWeekday(reference.published, mention.weekday);
    return mention;
  }

  if (start.isCertain('month')) {
    const month = start.get('month')!;
    const yearKnown = start.isCertain('year') || knowsYear;
    if (mention.role === 'point') mention.role = 'month';
    if (!yearKnown) return mention;
    const year = start.get('year')!;
    if (mention.role === 'since') mention.date = isoOf(year, month, 1);
    else if (mention.role === 'until' || mention.role === 'as-of') mention.date = endOfMonth(year, month);
    else mention.period = { start: isoOf(year, month, 1), end: endOfMonth(year, month) };
    return mention;
  }
  return null;
}
