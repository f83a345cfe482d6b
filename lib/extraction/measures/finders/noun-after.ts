/** "46 attacks", "2,500 US soldiers", "two weapons and ammunition depots": the lexicon term that heads the phrase after the number. */
import type { MeasureFinder } from '../input';

export const nounAfter: MeasureFinder = {
  name: 'noun-after',
  find({ noun, phrase, phraseEnd }) {
    return noun ? { hit: noun, first: phrase[0]!, last: phraseEnd } : null;
  },
};

/** Words after the number that name no measure we know: kept as the measure's words, the measure unknown. */
export const unknownNoun: MeasureFinder = {
  name: 'unknown-noun',
  find({ phrase, phraseEnd }) {
    return phrase.length > 0 ? { hit: null, first: phrase[0]!, last: phraseEnd } : null;
  },
};
