/**
 * Sources named next to their figure without a verb of their own:
 * "the police had counted 30,000 demonstrators and the unions 245,000"
 * (the verb is gapped), "80,000 (according to the police, 400,000 for the
 * union)" ("for" a body). Only a phrase that names a body or a role counts.
 */
import { isCapitalized } from '../../text/tokens';
import { phraseAfter, MAX_PHRASE } from '../phrase';
import { resolve } from '../classify';
import type { AttributionFinder } from './finder';
import { insideFrame } from './finder';

const GAP_JOINERS = /^(?:and|while|whereas|but|,)$/;

export const gappedSource: AttributionFinder = {
  name: 'gapped-source',
  find({ sentence, memory, words }, frames) {
    if (!frames.some((f) => f.rule === 'speech-verb' && f.covers === 'after')) return;
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (!GAP_JOINERS.test(tokens[k - 1]!.norm) || insideFrame(frames, k)) continue;
      let end = k;
      while (end < tokens.length && end - k < MAX_PHRASE && tokens[end]!.kind === 'word') end++;
      if (end === k || tokens[end]?.kind !== 'number') continue;
      const head = tokens[end - 1]!;
      if (!(words.organization(head) || words.role(head) || isCapitalized(head))) continue;
      const value = resolve(tokens, k, end - 1, memory, words);
      if (value) frames.push({ at: k, rule: 'gapped-source', covers: 'after', first: k, last: end - 1, value, date: null, dateAt: -1 });
      k = end;
    }
  },
};

export const forSource: AttributionFinder = {
  name: 'for-source',
  find({ sentence, memory, words }, frames) {
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k]!.norm !== 'for' || tokens[k - 1]!.kind !== 'number' || insideFrame(frames, k)) continue;
      const span = phraseAfter(tokens, k + 1, words);
      if (!span) continue;
      const head = tokens[span[1]]!;
      if (
        !words.organization(head) &&
        !words.knownSource(
          tokens
            .slice(span[0], span[1] + 1)
            .map((t) => t.text)
            .join(' '),
        )
      )
        continue;
      const value = resolve(tokens, span[0], span[1], memory, words);
      if (value) frames.push({ at: k, rule: 'for-source', covers: 'before', first: span[0], last: span[1], value, date: null, dateAt: -1 });
      k = span[1];
    }
  },
};
