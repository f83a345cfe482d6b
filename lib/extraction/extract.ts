import type { Claim, Document } from '../records';
import type { Lexicon } from '../lexicon/lexicon';

export interface ExtractOptions {
  /** The lexicon of measures and places; the default covers armed conflict and security. */
  lexicon?: Lexicon;
  /**
   * For a document with no publication date: a date near it (the CLI passes the
   * latest publication date of the batch) used only to give years to dates the
   * text writes without one. The claims' as-of dates stay unknown.
   */
  referenceDate?: string;
}

/** Pull every quantitative claim out of a document's text. */
export function extractClaims(document: Document, options: ExtractOptions = {}): Claim[] {
  void document;
  void options;
  return [];
}
