/**
 * "with reference to a source in the US Department of Defense", "citing a
 * US defense official", "quoting a source at the ministry": an outlet's
 * report names the body behind its anonymous source.
 */
import { phraseAfter } from '../phrase';
import { resolve } from '../classify';
import type { AttributionFinder } from './finder';

/** Lead-ins, as lower-case word sequences; the longest that matches wins. */
const CITED_LEADS: readonly string[][] = [
  ['with', 'reference', 'to', 'a', 'source', 'in'],
  ['with', 'reference', 'to', 'sources', 'in'],
  ['with', 'reference', 'to', 'a', 'source', 'at'],
  ['with', 'reference', 'to'],
  ['citing', 'a', 'source', 'in'],
  ['citing', 'sources', 'in'],
  ['citing', 'a', 'source', 'at'],
  ['citing'],
  ['quoting', 'a', 'source', 'in'],
  ['quoting', 'a', 'source', 'at'],
  ['quoting', 'sources', 'in'],
  ['quoting'],
  ['as', 'quoted', 'by'],
  ['a', 'source', 'in'],
  ['a', 'source', 'at'],
  ['sources', 'in'],
  ['sources', 'at'],
];
const FIRST_WORDS = new Set(CITED_LEADS.map((lead) => lead[0]!));

export const citedSource: AttributionFinder = {
  name: 'cited-source',
  find({ sentence, memory, words }, frames) {
    const tokens = sentence.tokens;
    for (let k = 0; k < tokens.length; k++) {
      if (!FIRST_WORDS.has(tokens[k]!.norm)) continue;
      const lead = CITED_LEADS.find((words) => words.every((w, i) => tokens[k + i]?.norm === w));
      if (!lead) continue;
      const span = phraseAfter(tokens, k + lead.length, words);
      if (!span) continue;
      const value = resolve(tokens, span[0], span[1], memory, words);
      if (!value) continue;
      // "as quoted by Reuters": the outlet relays the words of the frame before it
      if (
        lead[1] === 'quoted' &&
        frames.length > 0 &&
        words.outlet(
          tokens
            .slice(span[0], span[1] + 1)
            .map((t) => t.text)
            .join(' '),
        )
      ) {
        const last = frames[frames.length - 1]!;
        last.value = { ...last.value, via: value.organization ?? value.speaker };
        k = span[1];
        continue;
      }
      frames.push({ at: k, rule: 'cited-source', covers: 'after', first: span[0], last: span[1], value, date: null, dateAt: -1 });
      k = span[1];
    }
  },
};
