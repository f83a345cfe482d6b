/** "causing minor injuries to nearly 60 US personnel", "casualties among 56 troops": the harm named before the people it befell. */
import type { MeasureFinder } from '../input';
import { termIn } from '../terms';

/** How many words before "to" the harm may take ("minor traumatic brain injuries"). */
const HARM_WORDS = 4;
const BEFALL = /^(?:to|among|for)$/;

export const harmTo: MeasureFinder = {
  name: 'harm-to',
  find({ tokens, quantity, phraseEnd, persons, counted, times, lexicon, floor }) {
    if (!persons || !counted || times) return null;
    const to = quantity.first - 1;
    if (to <= floor || !BEFALL.test(tokens[to]?.norm ?? '')) return null;
    const words: number[] = [];
    for (let k = Math.max(floor, to - HARM_WORDS); k < to; k++) if (tokens[k]!.kind === 'word') words.push(k);
    const hit = termIn(tokens, words, lexicon, false);
    if (!hit || hit.last !== to - 1 || !lexicon.countsPersons(hit.match.measure) || lexicon.populationForTerm(tokens[hit.last]!.norm))
      return null;
    return { hit, first: hit.first, last: Math.max(phraseEnd, quantity.last) };
  },
};
