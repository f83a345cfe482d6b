export * from './records';
export { loadDocument, type DocumentMeta } from './documents/load';
export { extractClaims, type ExtractOptions } from './extraction/extract';
export { reconcile, type ReconcileOptions } from './reconciliation/reconcile';
export { Lexicon, createLexicon, getDefaultLexicon, defaultLexiconData } from './lexicon/lexicon';
export type { LexiconData, MeasureEntry, PlaceEntry, MeasureMatch, MeasureNature } from './lexicon/lexicon';
export { validateClaims, claimIssues, isClaim, schemaIssues, type FieldIssue, type ValidatedClaims } from './schema/validate';
export { ClaimReconcilerError } from './errors/messages';
export { defaults } from './config/defaults';
