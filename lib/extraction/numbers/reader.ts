import type { NumberReading } from '../context';
import type { Token } from '../text/tokens';

/** A recogniser tries to read a number starting at token `i`. */
export type NumberReader = (tokens: readonly Token[], i: number) => NumberReading | null;

export const wordAt = (tokens: readonly Token[], i: number): string | undefined =>
  tokens[i]?.kind === 'word' ? tokens[i]!.norm : undefined;

/** True when the words from token `i` on are `words`: a plain loop, as it runs for every token of a text. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (wordAt(tokens, i + k) !== words[k]) return false;
  return true;
}

/**
 * Phrases grouped by their first word, each group in list order: a reader
 * looks only at the phrases a token can start, and a token that starts none
 * (a digit, a mark) costs one lookup instead of a pass over every phrase.
 */
export function byFirstWord<T>(phrases: readonly T[], wordsOf: (phrase: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const phrase of phrases) {
    const first = wordsOf(phrase)[0]!;
    groups.set(first, [...(groups.get(first) ?? []), phrase]);
  }
  return groups;
}

export const reading = (
  first: number,
  last: number,
  value: number,
  form: NumberReading['form'],
  extra?: Partial<NumberReading>,
): NumberReading => {
  // one object per reading: a reader runs at every number of a text
  const read: NumberReading = { first, last, value, upper: null, form, attachedUnit: null, impliedUnit: null, bareVague: false };
  return extra === undefined ? read : Object.assign(read, extra);
};

/** The value of a digits token: "2,500" is 2500, "10 000" is 10000. */
export const digitsValue = (token: Token): number => Number(token.norm.replace(/[, ]/g, ''));
