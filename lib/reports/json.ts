import type { ReportModel } from './model';

/** The reconciliation as JSON, valid against `schemas/reconciliation.schema.json`, exactly as given. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model.result, null, 2)}\n`;
}
