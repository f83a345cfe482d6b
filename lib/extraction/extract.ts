import type { Claim, Document } from '../records';
import { getDefaultLexicon, type Lexicon } from '../lexicon/lexicon';
import { isIsoDate } from '../dates';
import { ClaimReconcilerError, format } from '../errors/messages';
import type { ResolvedOptions } from './context';
import { cachedLexicon } from './lexicon-cache';
import { defaults } from '../config/defaults';
import { CLAIM_STAGES, createContext, run } from './pipeline';
import { assertDocument } from '../documents/check';

/** Options of `extractClaims()` and `findQuantities()`. */
export interface ExtractOptions {
  /** The lexicon of measures and places; the default covers armed conflict and security. */
  lexicon?: Lexicon;
  /**
   * For a document with no publication date: a date near it (the CLI passes the
   * latest publication date of the batch) used only to give years to dates the
   * text writes without one. The claims' as-of dates stay unknown.
   */
  referenceDate?: string;
  /**
   * Also emit "several", "a few" and "a handful" with no scale word as range
   * claims (3–9, 2–5). Off by default: they describe more often than they
   * count ("at several bases"), and a 3–9 range set against a stated count
   * makes a spurious conflict.
   */
  bareVagueCounts?: boolean;
  /** Also emit vague plurals ("dozens of attacks": 24–99) as range claims. Off by default (defaults.vagueCounts). */
  vagueCounts?: boolean;
  /**
   * Also emit durations ("for three months"), ages ("aged 12"), ratios ("three
   * times as many") and readings on a scale ("a magnitude 7.8 earthquake").
   * Off by default: they frame or describe a story rather than report a
   * figure outlets compare, and a fact-checker's claims are counts, money,
   * percentages and physical measures.
   */
  everyQuantity?: boolean;
}

export function resolveOptions(options: ExtractOptions = {}): ResolvedOptions {
  const referenceDate = options.referenceDate ?? null;
  if (referenceDate !== null && !isIsoDate(referenceDate)) {
    throw new ClaimReconcilerError('invalid-option', format('invalidPublished', referenceDate), { field: 'referenceDate' });
  }
  return {
    lexicon: cachedLexicon(options.lexicon ?? getDefaultLexicon()),
    referenceDate,
    bareVagueCounts: options.bareVagueCounts ?? defaults.bareVagueCounts,
    vagueCounts: options.vagueCounts ?? defaults.vagueCounts,
    everyQuantity: options.everyQuantity ?? defaults.everyQuantity,
  };
}

/** Pull every quantitative claim out of a document's text. */
export function extractClaims(document: Document, options: ExtractOptions = {}): Claim[] {
  assertDocument(document, 'extractClaims');
  const resolved = resolveOptions(options);
  return run(createContext(document, resolved), CLAIM_STAGES).claims;
}
