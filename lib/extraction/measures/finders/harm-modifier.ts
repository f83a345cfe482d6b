/**
 * "13 wounded personnel", "441 injured officers", "two missing children":
 * a word of harm inside a phrase that counts people says what is counted.
 */
import type { MeasureFinder } from '../input';
import type { MeasureMatch } from '../../../lexicon/lexicon';
import { GENERIC_PERSON_NOUNS } from '../../english/function-words';

export const harmModifier: MeasureFinder = {
  name: 'harm-modifier',
  find({ tokens, phrase, noun, persons, lexicon }) {
    if (!persons || phrase.length < 2) return null;
    const head = noun?.first ?? phrase[phrase.length - 1]!;
    for (const k of phrase) {
      if (k >= head) break;
      const word = tokens[k]!.norm;
      // "civilian contractors", "US soldiers": a word naming a group of people is no harm
      if (lexicon.populationForTerm(word) || GENERIC_PERSON_NOUNS.has(word)) continue;
      const match: MeasureMatch | null = lexicon.measureForTerm(word) ?? lexicon.measureForVerb(word);
      if (
        match &&
        match.measure !== noun?.match.measure &&
        lexicon.countsPersons(match.measure) &&
        lexicon.nature(match.measure) !== 'level'
      )
        return { hit: { match, first: k, last: k }, first: phrase[0]!, last: phrase[phrase.length - 1]! };
    }
    return null;
  },
};
