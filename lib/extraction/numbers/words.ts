/**
 * Numbers written in words: "two", "twenty-one", "a hundred and five",
 * "three million, two hundred & forty", "two and a half", "negative ten".
 */
import type { NumberReading } from '../context';
import { SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../english/number-words';
import type { Token } from '../text/tokens';
import { reading, wordAt, type NumberReader } from './reader';

type Part = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'article';

function classify(word: string): { part: Part; value: number } | null {
  const unit = UNIT_WORDS.get(word);
  if (unit !== undefined) return { part: 'unit', value: unit };
  const teen = TEEN_WORDS.get(word);
  if (teen !== undefined) return { part: 'teen', value: teen };
  const tens = TENS_WORDS.get(word);
  if (tens !== undefined) return { part: 'tens', value: tens };
  if (word === 'hundred') return { part: 'hundred', value: 100 };
  const scale = word === 'hundred' ? undefined : SCALE_WORDS.get(word);
  if (scale !== undefined && word.length > 3) return { part: 'scale', value: scale };
  return null;
}

/** Which parts may follow which: "twenty one" and "one hundred" do, "one two" does not. */
const MAY_FOLLOW: Record<Part | 'start', ReadonlySet<Part>> = {
  start: new Set(['unit', 'teen', 'tens']),
  article: new Set(['hundred', 'scale']),
  unit: new Set(['hundred', 'scale']),
  teen: new Set(['hundred', 'scale']),
  tens: new Set(['unit', 'hundred', 'scale']),
  hundred: new Set(['unit', 'teen', 'tens', 'scale']),
  scale: new Set(['unit', 'teen', 'tens', 'hundred']),
};

/** Split "twenty-one" into its parts; null when a part is not a number word ("one-way"). */
function hyphenParts(word: string): string[] | null {
  if (!word.includes('-')) return classify(word) === null ? null : [word];
  const parts = word.split('-');
  return parts.every((p) => classify(p) !== null) ? parts : null;
}

export const readWords: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  let k = i;
  let negative = false;
  const first = wordAt(tokens, k);
  if (first === 'negative' || first === 'minus') {
    negative = true;
    k++;
  }
  let total = 0;
  let current = 0;
  let last: Part | 'start' = 'start';
  let lastToken = -1;
  let numberWords = 0;
  const article = wordAt(tokens, k);
  if ((article === 'a' || article === 'an') && classify(wordAt(tokens, k + 1) ?? '')?.part !== undefined) {
    const next = classify(wordAt(tokens, k + 1)!)!;
    if (next.part === 'hundred' || next.part === 'scale') {
      last = 'article';
      current = 1;
      k++;
    }
  }
  for (; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && (token.norm === ',' || token.norm === '&') && numberWords > 0) {
      // "three million, two hundred" and "two hundred & forty" go on; a list "two, three" does not
      const next = classify(wordAt(tokens, k + 1) ?? '');
      const joins = token.norm === '&' ? last === 'hundred' || last === 'scale' : last === 'scale';
      if (next && joins && MAY_FOLLOW[last].has(next.part)) continue;
      break;
    }
    if (token.kind !== 'word') break;
    const word = token.norm;
    if (word === 'and' && numberWords > 0) {
      const next = wordAt(tokens, k + 1);
      if (next === 'a' && wordAt(tokens, k + 2) === 'half' && (last === 'unit' || last === 'teen' || last === 'tens')) {
        current += 0.5;
        lastToken = k + 2;
        break;
      }
      const nextPart = classify(next ?? '');
      if (nextPart && (last === 'hundred' || last === 'scale') && nextPart.part !== 'scale' && nextPart.part !== 'hundred') continue;
      break;
    }
    const parts = hyphenParts(word);
    if (!parts) break;
    let accepted = true;
    for (const piece of parts) {
      const part = classify(piece)!;
      if (!MAY_FOLLOW[last].has(part.part)) {
        accepted = false;
        break;
      }
      if (part.part === 'hundred') current = (current || 1) * 100;
      else if (part.part === 'scale') {
        total += (current || 1) * part.value;
        current = 0;
      } else current += part.value;
      last = part.part;
    }
    if (!accepted) break;
    numberWords++;
    lastToken = k;
  }
  if (numberWords === 0 || lastToken < 0) return null;
  const value = (total + current) * (negative ? -1 : 1);
  return reading(i, lastToken, value, 'words');
};

const COMPOUND_UNIT =
  /^(?:second|minute|hour|day|week|month|year|decade|century|mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|ton|pound|gallon|man|member|person|storey|story|point)s?$/;

/**
 * "two-year", "three-day", "five-man": a number word joined to a unit makes
 * an adjective. It is read as the number with that unit attached, so a
 * duration is not mistaken for a count.
 */
export const readHyphenCompound: NumberReader = (tokens: readonly Token[], i: number): NumberReading | null => {
  const word = wordAt(tokens, i);
  if (!word || !word.includes('-')) return null;
  const parts = word.split('-');
  const numberParts: string[] = [];
  while (parts.length > 0 && classify(parts[0]!) !== null) numberParts.push(parts.shift()!);
  if (numberParts.length === 0 || parts.length === 0 || !COMPOUND_UNIT.test(parts[0]!)) return null;
  const inner = readWords(
    numberParts.map((norm) => ({ ...tokens[i]!, norm, kind: 'word' as const })),
    0,
  );
  if (!inner || inner.last !== numberParts.length - 1) return null;
  return reading(i, i, inner.value, 'words', { attachedUnit: parts.join('-') });
};
