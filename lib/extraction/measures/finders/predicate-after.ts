/**
 * What is said of counted people after them: "21 soldiers were slightly
 * injured", "had suffered 'traumatic brain injuries'", "1.7 million people
 * marched", "380,000 have taken refuge", "16 people, including civilians,
 * were killed". Adverbs, auxiliaries and degree words may stand between.
 */
import { DETERMINERS } from '../../english/function-words';
import { HARM_TAKING_VERBS, PREDICATE_FILLERS } from '../../english/verbs';
import type { Lexicon } from '../../../lexicon/lexicon';
import type { Token } from '../../text/tokens';
import { nounPhrase, QUOTE_MARKS } from '../noun-phrase';
import { termIn, verbStartingAt, type TermHit } from '../terms';
import type { MeasureFinder } from '../input';

/** How many fillers may stand between the people and their harm. */
const MAX_FILLERS = 6;
/** How long an aside between the people and their harm may be ("16 people, including civilians, were killed"). */
const MAX_ASIDE = 6;
const ASIDE_OPENERS = /^(?:including|mostly|among|many|most|all|both|some|and)$/;

/** How many words "what officials characterized as" may take before its "as" or "called". */
const MAX_FREE_RELATIVE = 8;
const NAMING_WORDS = /^(?:as|called|termed|dubbed)$/;

/**
 * "suffered what U.S. military officials characterized as 'minor injuries'": after "what", the harm is
 * named after the "as" (or "called") of the clause; the index to read it from, else `from` itself.
 */
function whatTheyCalled(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== 'what') return from;
  for (let j = from + 1; j < tokens.length && j - from <= MAX_FREE_RELATIVE; j++) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && !QUOTE_MARKS.has(token.norm) && token.norm !== '.') return from;
    if (token.kind === 'word' && NAMING_WORDS.test(token.norm)) return j + 1;
  }
  return from;
}

function harmAfter(tokens: readonly Token[], from: number, lexicon: Lexicon): TermHit | null {
  let k = from;
  let steps = 0;
  while (k < tokens.length && steps < MAX_FILLERS) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && QUOTE_MARKS.has(token.norm)) {
      k++;
      continue;
    }
    if (token.norm === ',' && k === from) {
      let close = k + 1;
      while (close < tokens.length && close - k <= MAX_ASIDE && tokens[close]!.norm !== ',') close++;
      if (tokens[close]?.norm === ',' && ASIDE_OPENERS.test(tokens[k + 1]?.norm ?? '')) {
        k = close + 1;
        continue;
      }
      return null;
    }
    if (token.kind !== 'word') return null;
    const verb = verbStartingAt(tokens, k, lexicon);
    if (verb && lexicon.countsPersons(verb.match.measure)) return verb;
    const term = lexicon.measureForTerm(token.norm);
    if (term && lexicon.countsPersons(term.measure) && !PREDICATE_FILLERS.has(token.norm) && !lexicon.populationForTerm(token.norm)) {
      const phrase = nounPhrase(tokens, k, lexicon);
      const hit = termIn(tokens, phrase.length > 0 ? phrase : [k], lexicon, false);
      if (hit && lexicon.countsPersons(hit.match.measure)) return hit;
    }
    if (HARM_TAKING_VERBS.has(token.norm)) {
      let j = whatTheyCalled(tokens, k + 1);
      while (
        j < tokens.length &&
        (QUOTE_MARKS.has(tokens[j]!.norm) || PREDICATE_FILLERS.has(tokens[j]!.norm) || DETERMINERS.has(tokens[j]!.norm))
      )
        j++;
      const phrase = nounPhrase(tokens, j, lexicon);
      const hit = termIn(tokens, phrase, lexicon, false);
      if (hit && lexicon.countsPersons(hit.match.measure)) return { ...hit, first: k };
      return null;
    }
    if (!PREDICATE_FILLERS.has(token.norm)) return null;
    k++;
    steps++;
  }
  return null;
}

export const predicateAfter: MeasureFinder = {
  name: 'predicate-after',
  find({ tokens, quantity, phrase, phraseEnd, persons, counted, times, lexicon }) {
    if (!persons || !counted || times) return null;
    const harm = harmAfter(tokens, Math.max(phraseEnd, quantity.last) + 1, lexicon);
    if (!harm) return null;
    const group = phrase.length > 0 ? (lexicon.populationForTerm(tokens[phraseEnd]!.norm)?.group ?? null) : null;
    if (!lexicon.counts(harm.match.measure, group)) return null;
    return { hit: harm, first: phrase.length > 0 ? phrase[0]! : harm.first, last: harm.last };
  },
};
