/**
 * A year named on its own after a preposition ("in 2020", "since 2014"),
 * which chrono leaves alone: it is a period, and its digits are no count.
 */
import { emptyMention, type PhraseParser } from './parser';
import { isoOf } from '../calendar-math';

const yearAfterPreposition: PhraseParser = {
  trigger: /(?:1[6-9]|20)\d\d/,
  spanGroup: 2,
  pattern:
    /\b(in|since|during|by|until|through|throughout|from|early|late|mid|mid-|before|after)\s*((?:1[6-9]|20)\d{2})\b(?![,.]?\d)(?!\s*(?:%|percent))/dgi,
  extract(match) {
    const year = Number(match[2]);
    const word = match[1]!.toLowerCase();
    if (word === 'since' || word === 'from' || word === 'after') return { ...emptyMention('since'), date: isoOf(year, 1, 1) };
    if (word === 'by' || word === 'until' || word === 'through' || word === 'before')
      return { ...emptyMention('until'), date: isoOf(year, 12, 31) };
    return { ...emptyMention('month'), period: { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) } };
  },
};

export const YEAR_PARSERS: readonly PhraseParser[] = [yearAfterPreposition];
