/**
 * The noun phrase a number counts: the words right after it up to a
 * preposition, a verb, a clause opener or punctuation ("2,500 US soldiers",
 * "two weapons and ammunition depots"). Lexicon terms may run across an
 * -ed word ("missiles and attack unmanned aerial vehicles").
 */
import type { Lexicon } from '../../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, PRONOUNS } from '../english/function-words';
import { PHRASE_ENDING_VERBS, SPEECH_VERBS } from '../english/verbs';

const MAX_NOUN_PHRASE = 8;
/** How many words after an -ed word are read to see whether a lexicon term goes on through it. */
const TERM_LOOKAHEAD = 4;
export const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '"', '‘', '’', '“', '”']);

/** Token indices of the noun phrase that starts at `start`. */
export function nounPhrase(tokens: readonly Token[], start: number, lexicon: Lexicon): number[] {
  const words: number[] = [];
  for (let k = start; k < tokens.length && words.length < MAX_NOUN_PHRASE; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct') {
      if (QUOTE_MARKS.has(token.norm) && words.length === 0) continue;
      if (token.norm === '-' && words.length > 0) continue;
      break;
    }
    if (token.kind !== 'word') break;
    const word = token.norm;
    if (PREPOSITIONS.has(word) || AUXILIARIES.has(word) || DETERMINERS.has(word) || (PRONOUNS.has(word) && token.text === word)) break;
    if (SPEECH_VERBS.has(word) || CLAUSE_OPENERS.has(word) || word === 'according') break;
    if (words.length > 0 && PHRASE_ENDING_VERBS.has(word) && !lexicon.measureForTerm(word)) break;
    if (words.length > 0 && /(?:ed|ing)$/.test(word) && !lexicon.measureForTerm(word) && !isTermContinuation(tokens, words, k, lexicon))
      break;
    if (word === 'and' || word === 'or') {
      const next = tokens[k + 1];
      if (
        words.length === 0 ||
        next?.kind !== 'word' ||
        DETERMINERS.has(next.norm) ||
        AUXILIARIES.has(next.norm) ||
        PRONOUNS.has(next.norm)
      )
        break;
      // "killed three soldiers and injured more than 40": a verb after "and" opens a new predicate
      if (lexicon.measureForVerb(next.norm) || SPEECH_VERBS.has(next.norm)) break;
    }
    words.push(k);
  }
  while (words.length > 0 && /^(?:and|or)$/.test(tokens[words[words.length - 1]!]!.norm)) words.pop();
  return words;
}

/** "attack unmanned aerial vehicles": an -ed word inside a lexicon term goes on. */
function isTermContinuation(tokens: readonly Token[], words: readonly number[], k: number, lexicon: Lexicon): boolean {
  const parts: string[] = words.slice(-2).map((i) => tokens[i]!.norm);
  const at = parts.length;
  for (let j = k; j < k + TERM_LOOKAHEAD && j < tokens.length && tokens[j]!.kind === 'word'; j++) parts.push(tokens[j]!.norm);
  for (let from = 0; from <= at; from++) {
    let phrase = parts[from]!;
    for (let n = from + 1; n < parts.length; n++) {
      phrase += ` ${parts[n]}`;
      if (n >= at && lexicon.measureForTerm(phrase)) return true;
    }
  }
  return false;
}
