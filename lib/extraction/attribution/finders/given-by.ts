/**
 * "The figures were given by the Minister of the Interior, Gérald
 * Darmanin": a passive that names who gave figures. It covers the figures
 * before it in its sentence; a sentence with none points back at the
 * figures of the sentence before it (attribution/index.ts).
 */
import { DOCUMENT_NOUNS } from '../../english/attribution-words';
import { phraseAfter } from '../phrase';
import { resolve } from '../classify';
import type { AttributionFinder } from './finder';
import { insideFrame } from './finder';

const GIVING = /^(?:given|provided|released|published|announced|reported|confirmed|compiled|issued|supplied|put\s+out)$/;
const BE = /^(?:was|were|is|are|been|being)$/;

export const givenBy: AttributionFinder = {
  name: 'given-by',
  find({ sentence, memory, words }, frames) {
    const tokens = sentence.tokens;
    for (let k = 1; k + 1 < tokens.length; k++) {
      if (!GIVING.test(tokens[k]!.norm) || tokens[k + 1]!.norm !== 'by' || !BE.test(tokens[k - 1]!.norm) || insideFrame(frames, k))
        continue;
      const span = phraseAfter(tokens, k + 2, words);
      if (!span) continue;
      // "The figures were given by X, who …": the aside after a comma names the same person
      let last = span[1];
      if (tokens[last + 1]?.norm === ',' && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '')) {
        const named = phraseAfter(tokens, last + 2, words);
        if (named) last = named[1];
      }
      const value = resolve(tokens, span[0], last, memory, words);
      if (!value) continue;
      const pointsBack = tokens.slice(0, k).some((t) => DOCUMENT_NOUNS.has(t.norm));
      frames.push({
        at: k,
        rule: pointsBack ? 'figures-given-by' : 'given-by',
        covers: 'before',
        first: span[0],
        last,
        value,
        date: null,
        dateAt: -1,
      });
      k = last;
    }
  },
};
