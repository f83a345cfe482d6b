import { ClaimReconcilerError, describeValue, format } from '../../errors/messages';
import type { DatasetRow } from '../row-reading';
import type { ParsedRows } from './rows';

/** A JSON file holding an array of row objects, numbered from 1 in array order. */
export function parseJsonRows(text: string, origin = 'input'): ParsedRows {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ClaimReconcilerError('invalid-dataset', format('invalidJsonFile', origin, (error as Error).message), {
      record: origin,
      cause: error,
    });
  }
  if (!Array.isArray(value)) {
    throw new ClaimReconcilerError('invalid-dataset', format('datasetJsonNotRows', origin, describeValue(value)), { record: origin });
  }
  return {
    origin,
    columns: null,
    rows: value as DatasetRow[],
    rowNumbers: value.map((_, index) => index + 1),
    indexes: value.map((_, index) => index),
    unreadable: [],
  };
}
