import type { Document, Reconciliation } from '../records';
import { ClaimReconcilerError, format } from '../errors/messages';
import { buildModel, type ReportModel } from './model';
import { renderMarkdown } from './markdown';
import { renderHtml } from './html/page';
import { renderCsv } from './csv';
import { renderJson } from './json';

export const REPORT_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One renderer per format; each takes the same indexed reconciliation. */
const renderers: Readonly<Record<ReportFormat, (model: ReportModel) => string>> = {
  markdown: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  json: renderJson,
};

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

/** Render a reconciliation as a report; the same input always gives the same bytes. */
export function renderReport(result: Reconciliation, options: RenderOptions = {}): string {
  const name = options.format ?? 'markdown';
  if (!Object.prototype.hasOwnProperty.call(renderers, name)) {
    throw new ClaimReconcilerError(format('unknownFormat', name, REPORT_FORMATS.join(', ')));
  }
  const topFindings = options.topFindings;
  if (topFindings !== undefined && !(Number.isInteger(topFindings) && topFindings >= 0)) {
    throw new ClaimReconcilerError(format('badTopFindings', topFindings));
  }
  return renderers[name](buildModel(result, { documents: options.documents, topFindings }));
}
