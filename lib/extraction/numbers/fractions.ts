/**
 * Fractions: "1/2", "2 1/2", "½", "one third", "two-thirds", "three quarters
 * of a century", and shares: "one in five", "1 in 4", "one out of every
 * three". A fraction of a unit takes the unit ("half a mile"); any other is
 * a share (units.ts).
 */
import type { NumberReading } from '../context';
import type { Token } from '../text/tokens';
import { FRACTION_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from '../english/number-words';
import { digitsValue, reading, wordAt, type NumberReader } from './reader';
import { touching } from '../text/tokens';
import { unitTable } from '../../units/table';
import { NOT_ONE_AFTER_A } from '../english/units';

/** Words after a singular fraction word that close the fraction. */
const FRACTION_CLOSERS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'to', 'from', 'in', 'since', 'than', 'on', 'over']);

const isInteger = (token: Token | undefined): boolean => token?.kind === 'number' && /^\d+$/.test(token.norm);

function slashFraction(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const numerator = tokens[i];
  const slash = tokens[i + 1];
  const denominator = tokens[i + 2];
  if (!isInteger(numerator) || slash?.norm !== '/' || !isInteger(denominator)) return null;
  if (!touching(numerator, slash) || !touching(slash, denominator)) return null;
  return { value: digitsValue(numerator!) / digitsValue(denominator!), last: i + 2 };
}

function wordNumerator(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (word === 'a' || word === 'an') return 1;
  return UNIT_WORDS.get(word) ?? TEEN_WORDS.get(word) ?? TENS_WORDS.get(word);
}

export const readFraction: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const token = tokens[i];
  if (!token) return null;
  // "2 1/2" and "2½"
  if (isInteger(token)) {
    const vulgar = VULGAR_FRACTIONS.get(tokens[i + 1]?.norm ?? '');
    if (vulgar !== undefined && tokens[i + 1]!.start - token.end <= 1) return reading(i, i + 1, digitsValue(token) + vulgar, 'fraction');
    const mixed = tokens[i + 1] && !touching(token, tokens[i + 1]) ? slashFraction(tokens, i + 1) : null;
    if (mixed && mixed.value < 1) return reading(i, mixed.last, digitsValue(token) + mixed.value, 'fraction');
    const plain = slashFraction(tokens, i);
    if (plain) return reading(i, plain.last, plain.value, 'fraction');
    return null;
  }
  const vulgar = VULGAR_FRACTIONS.get(token.norm);
  if (vulgar !== undefined) return reading(i, i, vulgar, 'fraction');
  if (token.kind !== 'word') return null;
  // "two-thirds", "one-half"
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(token.norm);
  if (hyphen) {
    const numerator = wordNumerator(hyphen[1]);
    const denominator = FRACTION_WORDS.get(hyphen[2]!);
    if (numerator !== undefined && denominator !== undefined) return reading(i, i, numerator / denominator, 'fraction');
    return null;
  }
  // "half", "a half": not "half a dozen" (a count word, read first)
  if (token.norm === 'half') return reading(i, i, 0.5, 'fraction');
  const numerator = wordNumerator(token.norm);
  const denominatorWord = wordAt(tokens, i + 1);
  const denominator = FRACTION_WORDS.get(denominatorWord ?? '');
  if (numerator === undefined || denominator === undefined) return null;
  // "a third attack" and "one fifth day" are ordinals: a singular fraction word needs "of" or an end after it
  const plural = denominatorWord!.endsWith('s');
  const next = tokens[i + 2];
  // "by a quarter to 1.4 million", "a third of", "a half."; never "a third attack"
  const closes = next === undefined || next.kind === 'punct' || FRACTION_CLOSERS.has(next.norm);
  if (!plural && !closes && denominatorWord !== 'half') return null;
  if (plural && numerator === 1 && denominatorWord !== 'halves') return null;
  return reading(i, i + 1, numerator / denominator, 'fraction');
};

const smallCount = (token: Token | undefined): number | undefined => {
  if (token === undefined) return undefined;
  if (isInteger(token)) return digitsValue(token);
  return token.kind === 'word' ? (UNIT_WORDS.get(token.norm) ?? TEEN_WORDS.get(token.norm) ?? TENS_WORDS.get(token.norm)) : undefined;
};

/** "one in five", "1 in 4", "one out of every three", "nine out of 10": a share, read as the fraction. */
export const readShare: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const part = smallCount(tokens[i]);
  if (part === undefined) return null;
  let k = i + 1;
  if (wordAt(tokens, k) === 'in') k++;
  else if (wordAt(tokens, k) === 'out' && wordAt(tokens, k + 1) === 'of') k += 2;
  else return null;
  if (wordAt(tokens, k) === 'every') k++;
  const whole = smallCount(tokens[k]);
  // "3 in 2020" is a date, "one in 1,000" a share: the whole must be larger than the part
  if (whole === undefined || whole <= part || (tokens[k]!.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(tokens[k]!.norm))) return null;
  return reading(i, k, part / whole, 'fraction');
};

/** "a gallon of beer", "a penny", "a kilometre from the border": the article before a unit is one of it. */
export const readArticleUnit: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const article = wordAt(tokens, i);
  if (article !== 'a' && article !== 'an') return null;
  return isUnitAfterArticle(wordAt(tokens, i + 1)) ? reading(i, i, 1, 'words') : null;
};

export function isUnitAfterArticle(word: string | undefined): boolean {
  if (word === undefined || NOT_ONE_AFTER_A.has(word)) return false;
  const unit = unitTable().byWords(word);
  return unit !== undefined && unit.dimension !== 'time' && unit.dimension !== 'percent' && unit.dimension !== 'percentage points';
}
