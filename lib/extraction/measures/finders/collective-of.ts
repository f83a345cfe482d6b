/** "five rounds of strikes", "two waves of drones": what a collective noun groups is what is counted. */
import { wordAt } from '../../numbers/reader';
import { COLLECTIVE_NOUNS } from '../../english/function-words';
import { nounPhrase } from '../noun-phrase';
import { termIn } from '../terms';
import type { MeasureFinder } from '../input';

export const collectiveOf: MeasureFinder = {
  name: 'collective-of',
  find({ tokens, phrase, phraseEnd, lexicon }) {
    if (phrase.length === 0 || !COLLECTIVE_NOUNS.has(tokens[phraseEnd]!.norm) || wordAt(tokens, phraseEnd + 1) !== 'of') return null;
    const inner = nounPhrase(tokens, phraseEnd + 2, lexicon);
    const hit = inner.length > 0 ? termIn(tokens, inner, lexicon) : null;
    return hit ? { hit, first: phrase[0]!, last: inner[inner.length - 1]! } : null;
  },
};
