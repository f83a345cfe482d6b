/**
 * Words that stand for an exact count: "a pair of", "a couple of", "a
 * dozen", "half a dozen", "a baker's dozen", "a score of", "twice". The
 * article "a" is the number one only inside these.
 */
import type { NumberReading } from '../context';
import type { Token } from '../text/tokens';
import { SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../english/number-words';
import { byFirstWord, reading, wordAt, wordsAt, type NumberReader } from './reader';

interface CountPhrase {
  words: string[];
  value: number;
  /** True when the phrase must be followed by "of" ("a score of"): alone it means something else. */
  needsOf?: boolean;
  impliedUnit?: string;
}

const PHRASES: CountPhrase[] = [
  { words: ['a', "baker's", 'dozen'], value: 13 },
  { words: ['half', 'a', 'dozen'], value: 6 },
  { words: ['a', 'half', 'dozen'], value: 6 },
  { words: ['a', 'half-dozen'], value: 6 },
  { words: ['half-a-dozen'], value: 6 },
  { words: ['half', 'a', 'hundred'], value: 50 },
  { words: ['half', 'a', 'thousand'], value: 500 },
  { words: ['half', 'a', 'million'], value: 5e5 },
  { words: ['half', 'a', 'billion'], value: 5e8 },
  { words: ['half', 'million'], value: 5e5 },
  { words: ['half', 'billion'], value: 5e8 },
  { words: ['a', 'quarter', 'million'], value: 2.5e5 },
  { words: ['quarter', 'million'], value: 2.5e5 },
  { words: ['a', 'quarter', 'billion'], value: 2.5e8 },
  { words: ['three', 'quarters', 'billion'], value: 7.5e8 },
  { words: ['three', 'quarters', 'million'], value: 7.5e5 },
  { words: ['a', 'couple', 'dozen'], value: 24 },
  { words: ['a', 'couple', 'hundred'], value: 200 },
  { words: ['a', 'couple', 'thousand'], value: 2000 },
  { words: ['a', 'dozen'], value: 12 },
  { words: ['a', 'pair', 'of'], value: 2 },
  { words: ['a', 'couple', 'of'], value: 2 },
  { words: ['a', 'trio', 'of'], value: 3 },
  { words: ['a', 'score', 'of'], value: 20 },
  { words: ['twice'], value: 2, impliedUnit: 'times' },
  { words: ['thrice'], value: 3, impliedUnit: 'times' },
];

const PHRASES_BY_FIRST_WORD = byFirstWord(PHRASES, (phrase) => phrase.words);
const NONE: readonly CountPhrase[] = [];

const smallWord = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : (UNIT_WORDS.get(word) ?? TEEN_WORDS.get(word) ?? TENS_WORDS.get(word));

export const readCountWord: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const word = wordAt(tokens, i);
  if (word === undefined) return null;
  for (const phrase of PHRASES_BY_FIRST_WORD.get(word) ?? NONE) {
    if (!wordsAt(tokens, i, phrase.words)) continue;
    let last = i + phrase.words.length - 1;
    if (phrase.needsOf && wordAt(tokens, last + 1) !== 'of') continue;
    // "a dozen" may be followed by "of" or by its noun; "a pair of" already holds its "of"
    if (phrase.words[phrase.words.length - 1] !== 'of' && wordAt(tokens, last + 1) === 'of' && !phrase.impliedUnit) last++;
    return reading(i, last, phrase.value, 'count-word', phrase.impliedUnit ? { impliedUnit: phrase.impliedUnit } : {});
  }
  // "… and once in Jordan": once is a count only as a part of a list, followed by where
  if (word === 'once' && /^(?:and|,)$/.test(tokens[i - 1]?.norm ?? '') && /^(?:in|at|on|near)$/.test(wordAt(tokens, i + 1) ?? '')) {
    return reading(i, i, 1, 'count-word', { impliedUnit: 'times' });
  }
  // "two dozen", "three dozen"
  const multiplier = smallWord(word);
  if (multiplier !== undefined && wordAt(tokens, i + 1) === 'dozen' && !SCALE_WORDS.has(wordAt(tokens, i + 2) ?? '')) {
    const last = wordAt(tokens, i + 2) === 'of' ? i + 2 : i + 1;
    return reading(i, last, multiplier * 12, 'count-word');
  }
  return null;
};
