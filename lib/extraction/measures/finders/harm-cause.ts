/**
 * The harm that made what happened to counted people happen: "27 US
 * personnel have been evacuated due to traumatic brain injuries", "32 were
 * treated for non-serious injuries", "two soldiers were hospitalised with
 * wounds". The people are counted for their harm.
 */
import type { MeasureFinder } from '../input';
import { termIn } from '../terms';
import { nounPhrase } from '../noun-phrase';
import { PREDICATE_FILLERS } from '../../english/verbs';

/** How far after the people the cause may be named. */
const CAUSE_REACH = 6;
const CAUSE_WORDS = /^(?:for|with|from|of|due)$/;

export const harmCause: MeasureFinder = {
  name: 'harm-cause',
  find({ tokens, quantity, phrase, phraseEnd, persons, counted, times, lexicon }) {
    if (!persons || !counted || times) return null;
    const from = Math.max(phraseEnd, quantity.last) + 1;
    for (let k = from; k < Math.min(tokens.length, from + CAUSE_REACH); k++) {
      const token = tokens[k]!;
      if (token.kind !== 'word') return null;
      if (!CAUSE_WORDS.test(token.norm)) continue;
      let j = k + 1;
      if (token.norm === 'due' && tokens[j]?.norm === 'to') j++;
      while (j < tokens.length && PREDICATE_FILLERS.has(tokens[j]!.norm)) j++;
      const words = nounPhrase(tokens, j, lexicon);
      const hit = words.length > 0 ? termIn(tokens, words, lexicon, false) : null;
      if (
        hit &&
        lexicon.countsPersons(hit.match.measure) &&
        !lexicon.populationForTerm(tokens[hit.last]!.norm) &&
        lexicon.nature(hit.match.measure) !== 'level'
      )
        return { hit, first: phrase.length > 0 ? phrase[0]! : quantity.first, last: hit.last };
      return null;
    }
    return null;
  },
};
