import { stringifyChunked } from '@discoveryjs/json-ext';
import type { Reconciliation } from '../records';
import type { ReportModel } from './model';

/** The reconciliation as JSON, valid against `schemas/reconciliation.schema.json`, exactly as given. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model.result, null, 2)}\n`;
}

/**
 * The same bytes as `renderJson`, in pieces of about 16 KB: a reconciliation
 * of a million claims is over a gigabyte of JSON, past the longest string V8
 * can hold, so it can only be written piece by piece.
 */
export function* jsonChunks(result: Reconciliation): Generator<string> {
  yield* stringifyChunked(result, null, 2);
  yield '\n';
}
