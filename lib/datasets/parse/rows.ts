import type { Rejected } from '../../records';
import type { DatasetRow } from '../row-reading';
import { previewOf } from '../../schema/preview';

/** The dataset formats `readDataset()` reads. */
export const DATASET_FORMATS = ['csv', 'json', 'ndjson'] as const;
/** One of `DATASET_FORMATS`. */
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** A parsed dataset file: its rows, how the file numbers them, and what could not be read. */
export interface ParsedRows {
  origin: string;
  /** The CSV header; null for JSON and NDJSON, whose rows name their own columns. */
  columns: string[] | null;
  rows: DatasetRow[];
  rowNumbers: number[];
  /** Each row's zero-based position among the file's records, unreadable ones included. */
  indexes: number[];
  unreadable: Rejected[];
}

/** One event of a streamed dataset: a row, the header, or a record that could not be read. */
export type RowEvent =
  | { kind: 'columns'; columns: string[] }
  | { kind: 'row'; row: DatasetRow; index: number; rowNumber: number }
  | { kind: 'unreadable'; rejected: Rejected };

/** A record of a dataset file that could not be read as a row: rejected as a whole, with its reason. */
export function unreadableRecord(origin: string, index: number, reason: string, record: unknown): RowEvent {
  return { kind: 'unreadable', rejected: { origin, index, id: null, field: '', reason, record: previewOf(record) } };
}

/** Collect a stream's events into parsed rows (for the sync parsers, which share the event code). */
export function collectRows(origin: string, events: Iterable<RowEvent>): ParsedRows {
  const parsed: ParsedRows = { origin, columns: null, rows: [], rowNumbers: [], indexes: [], unreadable: [] };
  for (const event of events) {
    if (event.kind === 'columns') parsed.columns = event.columns;
    else if (event.kind === 'row') {
      parsed.rows.push(event.row);
      parsed.rowNumbers.push(event.rowNumber);
      parsed.indexes.push(event.index);
    } else parsed.unreadable.push(event.rejected);
  }
  return parsed;
}
