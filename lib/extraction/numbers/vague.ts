/**
 * Vague counts as intervals that keep their vagueness: the claim is a range
 * whose hedge is the vague word itself. The convention (docs/extraction.md):
 * a plural of a unit means at least two of it and less than the next unit
 * ("dozens" 24–99, "hundreds" 200–999, "tens of thousands" 20,000–99,999);
 * "several" is 3–9 and "a few" 2–5, times any scale word after them.
 */
import type { NumberReading } from '../context';
import type { Token } from '../text/tokens';
import { byFirstWord, reading, wordAt, wordsAt, type NumberReader } from './reader';

interface VagueForm {
  words: string[];
  low: number;
  high: number;
  /** "several" and "a few" alone, with no scale: too vague to be a figure unless asked for. */
  bare?: boolean;
}

const PLURAL_SCALES: Array<[string, number, number]> = [
  ['dozens', 24, 99],
  ['scores', 40, 199],
  ['hundreds', 200, 999],
  ['thousands', 2000, 9999],
  ['millions', 2e6, 999e6],
  ['billions', 2e9, 999e9],
];

const FORMS: VagueForm[] = [
  { words: ['tens', 'of', 'thousands'], low: 2e4, high: 99999 },
  { words: ['hundreds', 'of', 'thousands'], low: 2e5, high: 999999 },
  { words: ['tens', 'of', 'millions'], low: 2e7, high: 99999999 },
  { words: ['hundreds', 'of', 'millions'], low: 2e8, high: 999999999 },
  ...PLURAL_SCALES.map(([word, low, high]) => ({ words: [word], low, high })),
];

const FEW_WORDS: Array<[string[], number, number]> = [
  [['several'], 3, 9],
  [['a', 'few'], 2, 5],
  [['a', 'handful'], 2, 5],
  [['a', 'couple'], 2, 3],
];

const SCALE_AFTER_FEW: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
]);

const FORMS_BY_FIRST_WORD = byFirstWord(FORMS, (form) => form.words);
const FEW_BY_FIRST_WORD = byFirstWord(FEW_WORDS, ([words]) => words);

/** "of" after a vague count belongs to it: "dozens of attacks". */
const withOf = (tokens: readonly Token[], last: number): number => (wordAt(tokens, last + 1) === 'of' ? last + 1 : last);

export const readVague: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const word = wordAt(tokens, i);
  if (word === undefined) return null;
  for (const form of FORMS_BY_FIRST_WORD.get(word) ?? []) {
    if (!wordsAt(tokens, i, form.words)) continue;
    // "He scores between": "scores" counts only in "scores of"
    if (form.words[0] === 'scores' && form.words.length === 1 && wordAt(tokens, i + 1) !== 'of') continue;
    const last = i + form.words.length - 1;
    return reading(i, withOf(tokens, last), form.low, 'vague', { upper: form.high });
  }
  for (const [words, low, high] of FEW_BY_FIRST_WORD.get(word) ?? []) {
    if (!wordsAt(tokens, i, words)) continue;
    const last = i + words.length - 1;
    const scale = SCALE_AFTER_FEW.get(wordAt(tokens, last + 1) ?? '');
    if (scale !== undefined) return reading(i, withOf(tokens, last + 1), low * scale, 'vague', { upper: high * scale });
    const plural = PLURAL_SCALES.find(([word]) => word === wordAt(tokens, last + 1));
    if (plural && words[0] === 'several') return null; // "several hundreds of": read from "hundreds"
    // "a couple" alone is the count word "a couple of" (2), not a vague count
    if (words[1] === 'couple') return null;
    return reading(i, withOf(tokens, last), low, 'vague', { upper: high, bareVague: true });
  }
  return null;
};
