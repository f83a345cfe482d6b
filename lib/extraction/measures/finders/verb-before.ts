/**
 * The verb before the figure: "attacked 46 times", "killing three
 * soldiers", "arrested 20 people", "detained 33 others". Occasions reach
 * back across the verb's object ("targeted U.S. forces dozens of times");
 * people only take the verb right before them.
 */
import { CLAUSE_OPENERS } from '../../english/function-words';
import { verbEndingAt, type TermHit } from '../terms';
import type { MeasureFinder, MeasureInput } from '../input';

/** How far back "times" reaches for its verb, in tokens ("launched drones, rockets and mortars at U.S. troops 66 times"). */
const TIMES_REACH = 14;

function verbBefore({ tokens, quantity, floor, lexicon, times }: MeasureInput): TermHit | null {
  const reach = times ? TIMES_REACH : 1;
  for (let k = quantity.first - 1; k >= Math.max(floor, quantity.first - reach); k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') {
      if (token.kind === 'punct' && (token.norm === '(' || token.norm === ')')) continue;
      // "drones, rockets and mortars": the commas of a list in the verb's object
      if (times && token.norm === ',' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word') continue;
      return null;
    }
    if (CLAUSE_OPENERS.has(token.norm) && token.norm !== 'as' && token.norm !== 'since') return null;
    const hit = verbEndingAt(tokens, k, lexicon);
    if (hit) return hit;
  }
  return null;
}

export const verbBeforeFinder: MeasureFinder = {
  name: 'verb-before',
  find(input) {
    const { quantity, phraseEnd, persons, times, counted, lexicon, noun } = input;
    // "seized 40 trucks": the verb of another measure says nothing of things it does not name
    if (!counted || !(times || persons)) return null;
    const verb = verbBefore(input);
    if (!verb) return null;
    if (!times && noun !== null && !lexicon.countsPersons(verb.match.measure)) return null;
    return { hit: verb, first: verb.first, last: times ? quantity.last : Math.max(phraseEnd, quantity.last) };
  },
};
