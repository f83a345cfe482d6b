/**
 * Stage: sentence tokens, with every masked span (links, phone numbers,
 * clock times, numeric dates, and the date expressions just found) as one
 * opaque token.
 */
import type { ExtractionContext } from './context';
import { mergeMasks } from './masks';
import { tokenize } from './text/tokens';

export function readTokens(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    const inside = context.masks.filter((m) => m.end > sentence.start && m.start < sentence.end);
    const dates = sentence.dates.map((d) => ({ start: d.start, end: d.end, reason: 'date' }));
    sentence.tokens = tokenize(context.text, context.shadow, sentence.start, sentence.end, mergeMasks([...inside, ...dates]));
  }
}
