/**
 * A bare figure in a clause whose subject is a measure: "participation was
 * also up sharply in Lyon (22,000 to 55,000)", "turnout reached 40,000 in
 * Brest". Only the first words of the clause are read as its subject.
 */
import type { MeasureFinder } from '../input';
import { termIn } from '../terms';

/** How many words at the start of a clause are its subject. */
const SUBJECT_WORDS = 4;

export const clauseSubject: MeasureFinder = {
  name: 'clause-subject',
  find({ tokens, quantity, phrase, counted, times, lexicon, sentence, floor }) {
    if (!counted || times || phrase.length > 0 || !sentence) return null;
    const start = sentence.clauses.starts[quantity.first] ?? 0;
    // "seven facilities, four in Syria": a figure before it in the clause is what it goes on with (lists, ellipsis)
    if (floor > start) return null;
    const words: number[] = [];
    for (let k = start; k < Math.min(quantity.first, start + SUBJECT_WORDS + 2) && words.length < SUBJECT_WORDS; k++)
      if (tokens[k]!.kind === 'word') words.push(k);
    const hit = termIn(tokens, words, lexicon, false);
    if (!hit || lexicon.populationForTerm(tokens[hit.last]!.norm)) return null;
    return { hit, first: hit.first, last: hit.last };
  },
};
