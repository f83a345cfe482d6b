import type { Claim, Document } from '../records';
import type { Lexicon } from '../lexicon/lexicon';

export interface ExtractOptions {
  /** The lexicon of measures and places; the default covers armed conflict and security. */
  lexicon?: Lexicon;
}

/** Pull every quantitative claim out of a document's text. */
export function extractClaims(document: Document, options: ExtractOptions = {}): Claim[] {
  void document;
  void options;
  return [];
}
