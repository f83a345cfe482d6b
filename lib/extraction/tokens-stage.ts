/**
 * Stage: sentence tokens, with every masked span (links, phone numbers,
 * clock times, numeric dates, and the date expressions just found) as one
 * opaque token.
 */
import type { ExtractionContext } from './context';
import { mergeMasks } from './masks';
import { tokenize } from './text/tokens';

export function readTokens(context: ExtractionContext): void {
  // sentences and masks are both in text order: one pass over the masks
  let first = 0;
  for (const sentence of context.sentences) {
    while (first < context.masks.length && context.masks[first]!.end <= sentence.start) first++;
    const inside = [];
    for (let m = first; m < context.masks.length && context.masks[m]!.start < sentence.end; m++) inside.push(context.masks[m]!);
    const dates = sentence.dates.map((d) => ({ start: d.start, end: d.end, reason: 'date' }));
    sentence.tokens = tokenize(context.text, context.shadow, sentence.start, sentence.end, mergeMasks([...inside, ...dates]));
  }
}
