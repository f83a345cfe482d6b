import type { Reconciliation } from '../records';
import { ClaimReconcilerError, format } from '../errors/messages';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

export const REPORT_FORMATS = ['markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const renderers: Record<ReportFormat, (result: Reconciliation) => string> = {
  markdown: renderMarkdown,
  json: renderJson,
};

export interface RenderOptions {
  format?: ReportFormat;
}

/** Render a reconciliation as a report; the same input always gives the same bytes. */
export function renderReport(result: Reconciliation, options: RenderOptions = {}): string {
  const name = options.format ?? 'markdown';
  if (!Object.prototype.hasOwnProperty.call(renderers, name)) {
    throw new ClaimReconcilerError(format('unknownFormat', name, REPORT_FORMATS.join(', ')));
  }
  return renderers[name](result);
}
