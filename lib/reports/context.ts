import type { Claim, Document } from '../records';
import { bodyStartOf } from '../documents/body';

/** A quote with the sentence around it and the number inside it, ready to be marked up. */
export interface QuoteInContext {
  /** Words of the sentence before the quote; "" when the text is not at hand. */
  before: string;
  /** The quote up to the number. */
  lead: string;
  /** The number as the source wrote it; "" when the quote does not contain it verbatim. */
  number: string;
  /** The quote after the number. */
  tail: string;
  after: string;
}

/** Farthest a sentence is followed from the quote, each way, before it is cut with an ellipsis. */
const MAX_CONTEXT = 240;

/**
 * The quote of a claim inside its sentence, when the document's text is at
 * hand and the claim's span still points at its quote; the quote alone
 * otherwise. Scans are bounded by MAX_CONTEXT, so cost does not grow with the
 * document.
 */
export function quoteInContext(claim: Claim, document: Document | undefined): QuoteInContext {
  const { lead, number, tail } = splitAtNumber(claim.quote, claim.statedText);
  const span = claim.span;
  if (!document || span === null || document.text.slice(span.start, span.end) !== claim.quote) {
    return { before: '', lead, number, tail, after: '' };
  }
  const text = document.text;
  // The header line before the body is metadata, not the sentence the quote sits in.
  const bodyStart = Math.min(bodyStartOf(document), span.start);
  const start = sentenceStart(text, span.start, bodyStart);
  const end = sentenceEnd(text, span.end);
  const before = text.slice(start, span.start).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(span.end, end).replace(/\s+/g, ' ').trimEnd();
  return {
    before: start > bodyStart && span.start - start >= MAX_CONTEXT ? `…${before}` : before,
    lead,
    number,
    tail,
    after: end < text.length && end - span.end >= MAX_CONTEXT ? `${after}…` : after,
  };
}

function splitAtNumber(quote: string, statedText: string): Pick<QuoteInContext, 'lead' | 'number' | 'tail'> {
  const at = statedText === '' ? -1 : quote.toLowerCase().indexOf(statedText.toLowerCase());
  if (at < 0) return { lead: quote, number: '', tail: '' };
  return { lead: quote.slice(0, at), number: quote.slice(at, at + statedText.length), tail: quote.slice(at + statedText.length) };
}

/**
 * A sentence ends at a line break, or at . ! ? followed by a capital
 * ("Syria.The" in pasted copy), but not inside an initialism ("U.S. and").
 */
function isSentenceBreak(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  if (ch === '.' && isInitial(text, i)) return false;
  let j = i + 1;
  while (j < text.length && j <= i + 3 && /[\s"”’)]/.test(text.charAt(j))) j++;
  return j >= text.length || /[A-Z“"‘]/.test(text.charAt(j));
}

/** "U." of "U.S.": one capital letter alone before the dot. */
function isInitial(text: string, dot: number): boolean {
  return /[A-Z]/.test(text.charAt(dot - 1)) && !/[A-Za-z]/.test(text.charAt(dot - 2));
}

function sentenceStart(text: string, from: number, bodyStart: number): number {
  const limit = Math.max(bodyStart, from - MAX_CONTEXT);
  for (let i = from - 1; i >= limit; i--) if (isSentenceBreak(text, i)) return i + 1;
  return limit;
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_CONTEXT);
  for (let i = from; i < limit; i++) if (isSentenceBreak(text, i)) return text.charAt(i) === '\n' ? i : i + 1;
  return limit;
}
