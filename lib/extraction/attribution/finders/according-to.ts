/**
 * "according to the Pentagon", "according to a statement from U.S. Central
 * Command", "according to a count by the Paris police headquarters",
 * "according to his own figures". At the start of its sentence or clause
 * it covers the figures after it; elsewhere, the figures before it.
 */
import { DOCUMENT_NOUNS } from '../../english/attribution-words';
import type { Token } from '../../text/tokens';
import { phraseAfter } from '../phrase';
import { resolve } from '../classify';
import type { Memory } from '../memory';
import type { AttributionFinder } from './finder';
import { insideFrame } from './finder';
import type { WordClasses } from '../words';
import type { Attribution } from '../../../records';

const POSSESSIVES = /^(?:his|her|its|their)$/;
const AUTHOR_WORDS = /^(?:from|by|of)$/;
/** How many words of a document's description may stand before its author ("data provided by the ministry"). */
const DESCRIPTION_WORDS = 4;

/** The body behind a document: "a statement from X", "data provided by X", "his own figures". */
function authorOf(tokens: readonly Token[], span: [number, number], memory: Memory, words: WordClasses): Attribution | null {
  const inPhrase = tokens.slice(span[0], span[1] + 1);
  const documentAt = inPhrase.findIndex((t) => DOCUMENT_NOUNS.has(t.norm));
  if (documentAt >= 0) {
    const possessive = inPhrase.slice(0, documentAt).find((t) => POSSESSIVES.test(t.norm));
    if (possessive)
      return possessive.norm === 'his' || possessive.norm === 'her' ? memory.lastPerson : (memory.lastGroup ?? memory.lastPerson);
    for (let k = span[0] + documentAt + 1; k <= Math.min(tokens.length - 1, span[0] + documentAt + DESCRIPTION_WORDS); k++) {
      if (!AUTHOR_WORDS.test(tokens[k]!.norm)) continue;
      const author = phraseAfter(tokens, k + 1, words);
      if (author) return resolve(tokens, author[0], author[1], memory, words);
    }
    // "according to the statement": the document of the speaker named before
    if (inPhrase.every((t) => t.kind !== 'word' || DOCUMENT_NOUNS.has(t.norm) || words.article(t) || !/\p{Lu}/u.test(t.text)))
      return memory.lastGroup ?? memory.lastPerson;
  }
  return null;
}

export const accordingTo: AttributionFinder = {
  name: 'according-to',
  find({ sentence, memory, words }, frames) {
    const tokens = sentence.tokens;
    const starts = sentence.clauses.starts;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.norm !== 'according' || tokens[k + 1]?.norm !== 'to' || insideFrame(frames, k)) continue;
      const span = phraseAfter(tokens, k + 2, words);
      if (!span) continue;
      const value = authorOf(tokens, span, memory, words) ?? resolve(tokens, span[0], span[1], memory, words);
      if (!value) continue;
      // "According to X, …" and "…; according to X, …" open what they cover
      let before = k - 1;
      while (before >= 0 && tokens[before]!.kind === 'punct' && /^[“"‘'(]$/.test(tokens[before]!.norm)) before--;
      const opens = before < 0 || starts[k] === k || /^(?:but|and|yet|so)$/.test(tokens[before]!.norm) || tokens[before]!.norm === ';';
      frames.push({
        at: k,
        rule: 'according-to',
        covers: opens ? 'after' : 'before',
        first: span[0],
        last: span[1],
        value,
        date: null,
        dateAt: -1,
      });
      k = span[1];
    }
  },
};
