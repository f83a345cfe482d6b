/**
 * Evidence for a value read from context: stated by the figure's own words,
 * inherited from other words of the document, a document default, or unknown.
 * The rule names are the finders' and refiners' names, listed in
 * docs/extraction.md, so a claim says which rule gave each attribute.
 */
import type { Evidence, Span } from '../records';

/** The words of `text` at `[start, end)`, as evidence carries them. */
export const wordsAt = (text: string, start: number, end: number): Span & { quote: string } => ({
  start,
  end,
  quote: text.slice(start, end),
});

export const stated = (rule: string, from: (Span & { quote: string }) | null): Evidence => ({ basis: 'stated', rule, from });
export const inherited = (rule: string, from: (Span & { quote: string }) | null): Evidence => ({ basis: 'inherited', rule, from });
export const byDefault = (rule: string): Evidence => ({ basis: 'default', rule, from: null });
export const UNKNOWN: Evidence = Object.freeze({ basis: 'unknown', rule: 'none', from: null }) as Evidence;

/** The same evidence, now passed on to another figure: what was stated for one is inherited by the other. */
export const passedOn = (evidence: Evidence, rule: string): Evidence =>
  evidence.basis === 'stated' ? { basis: 'inherited', rule, from: evidence.from } : evidence;
