/**
 * "41 times using missiles and attack drones": the means after a figure
 * names the narrower kind of its measure (missile and drone attacks of
 * attacks), when the lexicon has that kind.
 */
import type { Lexicon } from '../../../lexicon/lexicon';
import type { Token } from '../../text/tokens';
import { MEANS_WORDS } from '../../english/function-words';
import { nounPhrase } from '../noun-phrase';
import { singularForms, termIn, type TermHit } from '../terms';

/** How far after the figure the means word may stand. */
const MEANS_REACH = 4;

export function meansAfter(tokens: readonly Token[], from: number, measure: string, lexicon: Lexicon): TermHit | null {
  const head = measure.split(' ').pop()!;
  for (let k = from; k < Math.min(tokens.length, from + MEANS_REACH); k++) {
    if (!MEANS_WORDS.has(tokens[k]!.norm)) continue;
    const phrase = nounPhrase(tokens, k + 1, lexicon);
    let found: TermHit | null = null;
    let last = -1;
    // each coordinated part: "missiles" and "attack unmanned aerial vehicles"
    let part: number[] = [];
    const parts: number[][] = [];
    for (const index of phrase) {
      if (tokens[index]!.norm === 'and' || tokens[index]!.norm === 'or') {
        parts.push(part);
        part = [];
      } else part.push(index);
    }
    parts.push(part);
    for (const words of parts) {
      const hit = termIn(tokens, words, lexicon, false);
      if (!hit) continue;
      for (const form of [hit.match.entry, ...singularForms(hit.match.entry)]) {
        const narrow = lexicon.measureForTerm(`${form} ${head}`);
        if (narrow && narrow.measure === measure && narrow.subMeasure) {
          found = { match: narrow, first: k, last: hit.last };
          break;
        }
      }
      last = Math.max(last, hit.last);
    }
    if (found) return { ...found, last: Math.max(found.last, last) };
    return null;
  }
  return null;
}
