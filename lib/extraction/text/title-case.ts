import type { Token } from './tokens';

/** The fewest words of four letters or more that make a line's capitals a style rather than names. */
const MIN_TITLE_WORDS = 3;
/** The share of those words a title capitalises; running prose capitalises names only. */
const TITLE_SHARE = 0.75;

/**
 * Whether a line is set in title case ("Storm Kills 14 In Coastal Towns"): most of its longer words
 * begin with a capital. In such a line a capital says nothing about names, so "Kills 14" is no
 * designation the way "Apollo 11" is. Words in capitals throughout (acronyms) do not count either way.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 4 || token.text === token.text.toUpperCase()) continue;
    words++;
    if (token.text[0] !== token.text[0]!.toLowerCase()) capitalised++;
  }
  return words >= MIN_TITLE_WORDS && capitalised >= TITLE_SHARE * words;
}
