/**
 * The subject of a linking verb before the figure: "the death toll rose to
 * 1,950", "the death toll from Monday's earthquake has risen to 40,642
 * people", "the total number of dead stands at 3,513", "taking the combined
 * toll in both countries to over 39,000". The measure is the last lexicon
 * term of the words before the verb, up to a comma or a stop (an earlier
 * figure in between may be part of the subject: "the death toll after two
 * earthquakes hit … has risen to"); a group of people there only modifies
 * ("the toll in areas held by rebel forces"). A phrase after the figure that
 * only says "people" does not override it.
 */
import { LINKING_WORDS } from '../../english/verbs';
import { GENERIC_PERSON_NOUNS } from '../../english/function-words';
import { termIn } from '../terms';
import type { MeasureFinder } from '../input';

/** How many words before the linking verb the subject is read from. */
const SUBJECT_WORDS = 16;

export const subjectOfLink: MeasureFinder = {
  name: 'subject-of-link',
  find({ tokens, quantity, lexicon, phrase, noun, counted, times }) {
    if (!counted || times) return null;
    const generic = phrase.length === 0 || (phrase.length === 1 && GENERIC_PERSON_NOUNS.has(tokens[phrase[0]!]!.norm));
    if (!generic) return null;
    // "the toll surpassed 25,000": a hedge that is a verb links like one
    const verbalHedge = quantity.hedge !== null && LINKING_WORDS.has(tokens[quantity.hedge.first]?.norm ?? '');
    let k = verbalHedge ? quantity.hedge!.first - 1 : quantity.first - 1;
    let linked = verbalHedge;
    // "the toll rose from 16 to 20": the earlier figure of a change stands between
    while (k >= 0 && ((tokens[k]?.kind === 'word' && LINKING_WORDS.has(tokens[k]!.norm)) || (linked && tokens[k]?.kind === 'number'))) {
      k--;
      linked = true;
    }
    if (!linked || k < 0) return null;
    const words: number[] = [];
    for (let j = k; j >= Math.max(0, k - SUBJECT_WORDS); j--) {
      const token = tokens[j]!;
      if (token.kind === 'punct' && /^[,;:.!?(]$/.test(token.norm)) break;
      if (token.kind === 'word') words.unshift(j);
    }
    // the last term that is no group of people: "the toll in areas held by rebel forces" is a toll
    for (let end = words.length; end > 0; end--) {
      const hit = termIn(tokens, words.slice(0, end), lexicon, false);
      if (!hit) return null;
      if (lexicon.populationForTerm(tokens[hit.last]!.norm) || (noun !== null && hit.match.measure === noun.match.measure)) {
        end = words.indexOf(hit.first) + 1;
        continue;
      }
      return { hit, first: hit.first, last: hit.last };
    }
    return null;
  },
};
