import type { Document, Reconciliation } from '../records';
import { ClaimReconcilerError, describeKind, format } from '../errors/messages';
import { buildModel, type ReportModel } from './model';
import { renderMarkdown } from './markdown';
import { renderHtml } from './html/page';
import { renderCsv } from './csv';
import { jsonChunks, renderJson } from './json';

/** The formats `renderReport()` writes. */
export const REPORT_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
/** One of `REPORT_FORMATS`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One renderer per format; each takes the same indexed reconciliation. */
const renderers: Readonly<Record<ReportFormat, (model: ReportModel) => string>> = {
  markdown: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  json: renderJson,
};

/** Options of `renderReport()`. */
export interface RenderOptions {
  format?: ReportFormat;
  /**
   * The documents the claims came from. Optional: with them the summary counts
   * every document (also those without claims) and the HTML report shows each
   * quote in its sentence; without them it counts the documents the claims cite.
   */
  documents?: readonly Document[];
  /** How many findings the top of the report lists before the full list (`defaults.reportTopFindings`). */
  topFindings?: number;
}

const RECONCILIATION_LISTS = ['claims', 'groups', 'relations', 'findings', 'estimates', 'rejected'] as const;

/** Render a reconciliation as a report; the same input always gives the same bytes. */
export function renderReport(result: Reconciliation, options: RenderOptions = {}): string {
  assertReconciliation(result);
  const name = options.format ?? 'markdown';
  if (!Object.prototype.hasOwnProperty.call(renderers, name)) {
    throw new ClaimReconcilerError('invalid-option', format('unknownFormat', name, REPORT_FORMATS.join(', ')), { field: 'format' });
  }
  const topFindings = options.topFindings;
  if (topFindings !== undefined && !(Number.isInteger(topFindings) && topFindings >= 0)) {
    throw new ClaimReconcilerError('invalid-option', format('badTopFindings', topFindings), { field: 'topFindings' });
  }
  return renderers[name](buildModel(result, { documents: options.documents, topFindings }));
}

/** Reports read the lists of a reconciliation: anything else is the caller's error, not a TypeError in a renderer. */
function assertReconciliation(result: unknown): void {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new ClaimReconcilerError('invalid-argument', format('notAReconciliation', describeKind(result)));
  }
  for (const list of RECONCILIATION_LISTS) {
    const value = (result as Partial<Record<string, unknown>>)[list];
    if (!Array.isArray(value)) {
      throw new ClaimReconcilerError('invalid-argument', format('reconciliationField', list, describeKind(value)), {
        record: 'reconciliation',
        field: `/${list}`,
      });
    }
  }
}

/**
 * The report as pieces of text whose concatenation is `renderReport`'s: the
 * JSON reconciliation record by record, so output of any size can be
 * written to a file or a pipe; the other formats in one piece.
 */
export function renderReportChunks(result: Reconciliation, options: RenderOptions = {}): Iterable<string> {
  return (options.format ?? 'markdown') === 'json' ? jsonChunks(result) : [renderReport(result, options)];
}
