/**
 * Hedges: the words before or after a number that say how the source
 * bounded it. Longer phrases are tried first. "nearly" and "almost" read as
 * `approximately`; the hedge text is kept, and reconciliation reads it as "a
 * little below" (defaults.nearlyRelative).
 */
import type { Qualifier } from '../../records';

const phrases = (qualifier: Qualifier, list: string[]): Array<[string, Qualifier]> => list.map((p) => [p, qualifier]);

/** Before the number. */
export const PREFIX_HEDGES: ReadonlyArray<[string, Qualifier]> = [
  ...phrases('at-least', [
    'at least', 'at the very least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of',
    'minimum of', 'at minimum', 'at a minimum', 'bigger or equal than', 'greater or equal than', 'higher or equal than',
    'larger or equal than', 'more or equal than', 'greater than or equal to', 'more than or equal to', 'bigger than or equal to',
    'higher than or equal to', 'larger than or equal to', 'at least or equal to', 'equal to or more than', 'equal to or greater than',
    'equal to or higher than', 'equal to or larger than', 'equal or more than', 'equal or greater than', '> =', '≥',
  ]),
  ...phrases('more-than', [
    'more than', 'over', 'above', 'upwards of', 'upward of', 'exceeding', 'exceeds', 'exceeded', 'exceed', 'in excess of',
    'greater than', 'larger than', 'higher than', 'bigger than', 'surpassing', 'surpassed', 'surpasses', 'surpass',
    'well over', 'just over', 'well above', 'just above', 'north of', 'some more than', '>',
  ]),
  ...phrases('at-most', [
    'at most', 'up to', 'as many as', 'no more than', 'not more than', 'a maximum of', 'maximum of', 'at the most',
    'at maximum', 'less than or equal to', 'fewer than or equal to', 'smaller than or equal to', 'lower than or equal to',
    'smaller or equal than', 'less or equal than', 'lower or equal than', 'fewer or equal than', 'equal to or less than',
    'equal to or fewer than', 'equal to or lower than', 'equal to or smaller than', 'equal or less than', 'as much as',
    'as high as', '< =', '≤',
  ]),
  ...phrases('fewer-than', [
    'fewer than', 'less than', 'under', 'below', 'lower than', 'smaller than', 'just under', 'just below', 'well under',
    'well below', 'short of', 'shy of', '<',
  ]),
  ...phrases('approximately', [
    'about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'nearly', 'almost', 'close to',
    'approx .', 'approx', 'circa', 'ca .', 'c .', '~', 'around about', 'just about', 'more or less', 'an approximate',
    'approximate', 'in the region of', 'on the order of', 'somewhere around', 'somewhere near', 'near', 'nearing',
    'close on', 'roughly about', 'an average of',
  ]),
  ...phrases('exact', [
    'exactly', 'precisely', 'equal to', 'equals to', 'equals', 'equaling to', 'equaling', 'equalling to', 'equalling',
    'is equal to', 'a total of', 'in total', 'totaling', 'totalling', 'only',
  ]),
];

/** Right after the number. */
export const SUFFIX_HEDGES: ReadonlyArray<[string, Qualifier]> = [
  ...phrases('at-least', ['or more', 'and more', 'or greater', 'or higher', 'or above', 'or over', 'and above', 'and over', 'plus', '+', 'or more than', 'or greater than', 'and up']),
  ...phrases('at-most', ['or less', 'or fewer', 'or below', 'or lower', 'or under', 'and below', 'and under', 'or less than', 'or fewer than']),
  ...phrases('approximately', ['or so', 'odd', 'or thereabouts', 'give or take']),
];

/** "more than 5000 or equal (to)": the bound includes the number. */
export const OR_EQUAL = ['or equal to', 'or equal', 'or equals'];

/** Words that exact-hedge a number without bounding it: the hedge text is kept, the claim is exact. */
export const NOT_REALLY_HEDGES: ReadonlySet<string> = new Set(['a total of', 'in total', 'totaling', 'totalling', 'only']);

/** The last word of any prefix hedge: a four-digit number after one is a count, not a year. */
export const HEDGE_FINAL_WORDS: ReadonlySet<string> = new Set(
  PREFIX_HEDGES.map(([phrase]) => phrase.split(' ').pop()!).filter((word) => /\p{L}/u.test(word)),
);
