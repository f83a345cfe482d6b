import { extname } from 'node:path';
import type { DatasetFormat } from './rows';

const FORMAT_OF_EXTENSION = new Map<string, DatasetFormat>([
  ['.csv', 'csv'],
  ['.json', 'json'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
]);

/** The dataset format a file name implies, or null for any other file. */
export function datasetFormatOf(path: string): DatasetFormat | null {
  return FORMAT_OF_EXTENSION.get(extname(path).toLowerCase()) ?? null;
}
