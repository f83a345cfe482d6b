export * from './records';
export { loadDocument, type DocumentMeta } from './documents/load';
export { batchReferenceDate } from './documents/reference-date';
export { extractClaims, type ExtractOptions } from './extraction/extract';
export { findQuantities, type FoundQuantity } from './extraction/quantities';
export type { NumberForm, UnitKind } from './extraction/context';
export { unitTable, findUnit, toBase, type Unit, type UnitTable } from './units/table';
export { reconcile, type ReconcileOptions, type ReconcileTolerances } from './reconciliation/reconcile';
export { Lexicon, createLexicon, getDefaultLexicon, defaultLexiconData, beatLexiconData, BEATS } from './lexicon/lexicon';
export type { LexiconData, MeasureEntry, PlaceEntry, MeasureMatch, MeasureNature } from './lexicon/lexicon';
export type { PlaceKind } from './lexicon/place-kinds';
export type { PlaceResolution, PlaceLookupOptions } from './lexicon/place-lookup';
export {
  validateClaims,
  claimIssues,
  isClaim,
  schemaIssues,
  type FieldIssue,
  type ValidatedClaims,
  type ValidateOptions,
} from './schema/validate';
export type { SchemaName } from './schema/ajv';
export { ClaimReconcilerError, ERROR_CODES, type ErrorCode, type ErrorDetails } from './errors/messages';
export { defaults } from './config/defaults';
export { renderReport, renderReportChunks, REPORT_FORMATS, type ReportFormat, type RenderOptions } from './reports/render';
export * from './datasets';
export { formatDate } from './dates';
export { healthLexiconData } from './lexicon/health';
