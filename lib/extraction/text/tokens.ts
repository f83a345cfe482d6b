/**
 * Tokens of one sentence: words, numbers written in digits, punctuation, and
 * masked spans (dates, times, phone numbers, URLs) that later stages see as a
 * single opaque token. Offsets are document offsets.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'mask';

export interface Token {
  kind: TokenKind;
  /** The words as written in the document. */
  text: string;
  /** The shadow text, lower case: what rules compare. */
  norm: string;
  start: number;
  end: number;
}

export interface MaskSpan {
  start: number;
  end: number;
  reason: string;
}

// Digits with thousands separators (comma, or a space typesetters use) or
// none, an optional decimal part and exponent; words with inner hyphens,
// apostrophes and digits ("F-16", "Iran's", "i7"); acronyms with stops; any
// other character alone. Each branch is a single pass with no nested
// repetition over the same characters. Repeated groups are bounded (no word has
// 17 hyphens): V8 keeps a backtracking entry per repetition, and 10 MB of "a-"
// overflowed its stack.
const TOKEN =
  /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)(?:[eE][-+]?\d+(?![\p{L}\d]))?|((?<=\d)\p{L}+(?![\p{L}\p{N}])|(?:\p{L}\.){2,32}|\p{L}[\p{L}\p{M}\p{N}']*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}']*){0,16})|(\S)/gu;

function tokenizeSegment(original: string, shadow: string, from: number, to: number, out: Token[]): void {
  const segment = shadow.slice(from, to);
  for (const match of segment.matchAll(TOKEN)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const kind: TokenKind = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'punct';
    let text = original.slice(start, end);
    let norm = match[0].toLowerCase();
    if (kind === 'word' && norm.endsWith("'")) {
      // a closing quote is not part of the word: ‘traumatic brain injuries’
      text = text.slice(0, -1);
      norm = norm.slice(0, -1);
      out.push({ kind, text, norm, start, end: end - 1 });
      out.push({ kind: 'punct', text: original.slice(end - 1, end), norm: "'", start: end - 1, end });
      continue;
    }
    out.push({ kind, text, norm, start, end });
  }
}

/** Tokens of `[start, end)`, with each mask inside it as one token. Masks must be sorted and disjoint. */
export function tokenize(original: string, shadow: string, start: number, end: number, masks: readonly MaskSpan[]): Token[] {
  const tokens: Token[] = [];
  let position = start;
  for (const mask of masks) {
    if (mask.end <= start || mask.start >= end) continue;
    const maskStart = Math.max(mask.start, start);
    const maskEnd = Math.min(mask.end, end);
    if (maskStart > position) tokenizeSegment(original, shadow, position, maskStart, tokens);
    tokens.push({ kind: 'mask', text: original.slice(maskStart, maskEnd), norm: mask.reason, start: maskStart, end: maskEnd });
    position = maskEnd;
  }
  if (position < end) tokenizeSegment(original, shadow, position, end, tokens);
  return tokens;
}

/** True when nothing (not even a space) separates two tokens. */
export const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

export const isCapitalized = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
