import type { Reconciliation } from '../records';

/** The reconciliation as JSON, valid against `schemas/reconciliation.schema.json`. */
export function renderJson(result: Reconciliation): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
