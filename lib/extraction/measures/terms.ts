/**
 * Lexicon terms inside token spans: exact terms first, then singular and
 * plural forms, then a misspelt head through fuse.js with our cut-off.
 */
import type { Lexicon, MeasureMatch } from '../../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { defaults } from '../../config/defaults';

/** How far the length of a misspelt head may differ from the term it is taken for. */
const FUZZY_LENGTH_SLACK = 2;

export interface TermHit {
  match: MeasureMatch;
  first: number;
  last: number;
}

export const singularForms = (word: string): string[] => {
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  else forms.push(`${word}s`);
  return forms;
};

/**
 * A misspelt head noun ("airstrke", "casualtes"). Fuse matches inside longer
 * terms and close short words ("places" and "planes"), so a match must also
 * be one word of about the same length with the same first letter, and the
 * head at least `defaults.fuzzyMinHeadLength` letters long.
 */
function fuzzyHead(head: string, lexicon: Lexicon): MeasureMatch | null {
  if (head.length < defaults.fuzzyMinHeadLength || !/^\p{L}+$/u.test(head)) return null;
  const found = lexicon.fuzzyTerm(head);
  if (!found || found.term.includes(' ') || found.term[0] !== head[0] || Math.abs(found.term.length - head.length) > FUZZY_LENGTH_SLACK)
    return null;
  return found.match;
}

/** The lexicon term in a phrase that ends furthest right (the head), the longest there. */
export function termIn(tokens: readonly Token[], words: readonly number[], lexicon: Lexicon, fuzzy = true): TermHit | null {
  const longest = lexicon.longestTermWords;
  for (let end = words.length; end >= 1; end--) {
    // phrases ending at `end`, longest first, no longer than the lexicon's longest term
    let phrase = '';
    const found: Array<[number, string]> = [];
    for (let begin = end - 1; begin >= Math.max(0, end - longest); begin--) {
      phrase = phrase === '' ? tokens[words[begin]!]!.norm : `${tokens[words[begin]!]!.norm} ${phrase}`;
      found.push([begin, phrase]);
    }
    for (let f = found.length - 1; f >= 0; f--) {
      const [begin, text] = found[f]!;
      const match = lexicon.measureForTerm(text);
      if (match) return { match, first: words[begin]!, last: words[end - 1]! };
    }
    const head = tokens[words[end - 1]!]!.norm;
    for (const form of singularForms(head)) {
      const match = lexicon.measureForTerm(form);
      if (match) return { match, first: words[end - 1]!, last: words[end - 1]! };
    }
  }
  if (fuzzy && words.length > 0) {
    const headIndex = words[words.length - 1]!;
    const match = fuzzyHead(tokens[headIndex]!.norm, lexicon);
    if (match) return { match, first: headIndex, last: headIndex };
  }
  return null;
}

/** A lexicon verb phrase ending at token `end` ("came under attack"), the longest there. */
export function verbEndingAt(tokens: readonly Token[], end: number, lexicon: Lexicon): TermHit | null {
  if (tokens[end]?.kind !== 'word') return null;
  const phrases: string[] = [tokens[end]!.norm];
  for (let begin = end - 1; begin >= Math.max(0, end - lexicon.longestVerbWords + 1) && tokens[begin]!.kind === 'word'; begin--)
    phrases.push(`${tokens[begin]!.norm} ${phrases[phrases.length - 1]}`);
  for (let n = phrases.length; n >= 1; n--) {
    const match = lexicon.measureForVerb(phrases[n - 1]!);
    if (match) return { match, first: end - n + 1, last: end };
  }
  return null;
}

/** A lexicon verb phrase starting at token `start` ("pulled from the rubble"), the longest there. */
export function verbStartingAt(tokens: readonly Token[], start: number, lexicon: Lexicon): TermHit | null {
  if (tokens[start]?.kind !== 'word') return null;
  let phrase = '';
  let best: TermHit | null = null;
  for (let k = start; k < Math.min(tokens.length, start + lexicon.longestVerbWords) && tokens[k]!.kind === 'word'; k++) {
    phrase = phrase === '' ? tokens[k]!.norm : `${phrase} ${tokens[k]!.norm}`;
    const match = lexicon.measureForVerb(phrase);
    if (match) best = { match, first: start, last: k };
  }
  return best;
}

/** The words of tokens `first..last` as written, one space where the text has any. */
export function spanText(tokens: readonly Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return out;
}
