import type { Qualifier } from '../../records';

/**
 * The ways a spreadsheet column writes a hedge. Keys are lower case with
 * single spaces; anything else is refused, never guessed.
 */
const QUALIFIER_WORDS = new Map<string, Qualifier>([
  ['', 'exact'],
  ['exact', 'exact'],
  ['exactly', 'exact'],
  ['=', 'exact'],
  ['at-least', 'at-least'],
  ['at least', 'at-least'],
  ['minimum', 'at-least'],
  ['>=', 'at-least'],
  ['≥', 'at-least'],
  ['more-than', 'more-than'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['>', 'more-than'],
  ['at-most', 'at-most'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['maximum', 'at-most'],
  ['<=', 'at-most'],
  ['≤', 'at-most'],
  ['fewer-than', 'fewer-than'],
  ['fewer than', 'fewer-than'],
  ['less than', 'fewer-than'],
  ['under', 'fewer-than'],
  ['below', 'fewer-than'],
  ['<', 'fewer-than'],
  ['approximately', 'approximately'],
  ['approx', 'approximately'],
  ['approx.', 'approximately'],
  ['about', 'approximately'],
  ['around', 'approximately'],
  ['roughly', 'approximately'],
  ['circa', 'approximately'],
  ['~', 'approximately'],
  ['range', 'range'],
  ['between', 'range'],
]);

/** How reports word each hedge: a dataset's ">=" reads "at least 19". */
const HEDGE_WORDS: Readonly<Record<Qualifier, string | null>> = {
  exact: null,
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'fewer-than': 'fewer than',
  approximately: 'about',
  range: null,
};

export function qualifierFromCell(value: unknown): Qualifier | null {
  if (value === null || value === undefined) return 'exact';
  if (typeof value !== 'string') return null;
  return QUALIFIER_WORDS.get(value.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

export function hedgeFor(qualifier: Qualifier): string | null {
  return HEDGE_WORDS[qualifier];
}
