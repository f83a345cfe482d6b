import type { Readable } from 'node:stream';
import { ClaimReconcilerError, describeKind, format as formatMessage } from '../errors/messages';
import { DatasetLoader, type LoadDatasetOptions, type LoadedDataset } from './load';
import { mappedColumns, parseMapping, type DatasetMapping } from './mapping';
import { parseCsv } from './parse/csv';
import { csvRowEvents } from './parse/csv-stream';
import { parseJsonRows } from './parse/json';
import { parseNdjsonRows } from './parse/ndjson';
import { ndjsonRowEvents } from './parse/ndjson-stream';
import type { DatasetFormat, ParsedRows, RowEvent } from './parse/rows';

/** Options of `readDataset()` and `readDatasetStream()`: the format of the text, and those of `loadDataset()`. */
export interface ReadDatasetOptions extends Omit<LoadDatasetOptions, 'rowNumbers'> {
  format: DatasetFormat;
}

/** Parse dataset text of any supported format into rows. */
export function parseDataset(text: string, format: DatasetFormat, origin = 'input'): ParsedRows {
  if (typeof text !== 'string') {
    throw new ClaimReconcilerError('invalid-argument', formatMessage('datasetTextNotString', describeKind(text)), { record: origin });
  }
  if (format === 'csv') return parseCsv(text, origin);
  if (format === 'json') return parseJsonRows(text, origin);
  return parseNdjsonRows(text, origin);
}

/** Parse dataset text and load its rows through a mapping: parse errors and broken rows both end in `rejected`. */
export function readDataset(text: string, mapping: DatasetMapping | readonly DatasetMapping[], options: ReadDatasetOptions): LoadedDataset {
  const origin = options.origin ?? 'input';
  const mappings = parseMapping(mapping, origin);
  const parsed = parseDataset(text, options.format, origin);
  if (parsed.columns !== null) checkColumns(mappings, parsed.columns, origin);
  const loader = new DatasetLoader(mappings, options);
  for (const rejected of parsed.unreadable) loader.addUnreadable(rejected);
  parsed.rows.forEach((row, i) => loader.add(row, parsed.indexes[i] ?? i, parsed.rowNumbers[i] ?? i + 1));
  return sortedRejections(loader.result());
}

/**
 * The streaming form of `readDataset` for large files and standard input
 * (CSV through csv-parse's stream API, NDJSON line by line): memory holds
 * the claims, never the whole file. JSON arrays are read whole.
 */
export async function readDatasetStream(
  input: Readable,
  mapping: DatasetMapping | readonly DatasetMapping[],
  options: ReadDatasetOptions,
): Promise<LoadedDataset> {
  const origin = options.origin ?? 'input';
  const mappings = parseMapping(mapping, origin);
  if (options.format === 'json') {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return readDataset(Buffer.concat(chunks).toString('utf8'), mappings, options);
  }
  const loader = new DatasetLoader(mappings, options);
  const events: AsyncIterable<RowEvent> = options.format === 'csv' ? csvRowEvents(input, origin) : ndjsonRowEvents(input, origin);
  for await (const event of events) {
    if (event.kind === 'columns') checkColumns(mappings, event.columns, origin);
    else if (event.kind === 'unreadable') loader.addUnreadable(event.rejected);
    else loader.add(event.row, event.index, event.rowNumber);
  }
  return sortedRejections(loader.result());
}

/** A mapping that names a column the file lacks would reject every row: say so once, up front. */
export function checkColumns(mappings: readonly DatasetMapping[], columns: readonly string[], origin: string): void {
  const present = new Set(columns);
  const missing = [...new Set(mappings.flatMap(mappedColumns))].filter((column) => !present.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => JSON.stringify(column)).join(', ');
    throw new ClaimReconcilerError(
      'invalid-dataset',
      `${formatMessage('datasetMappingColumns', origin)} ${names}. Its columns: ${columns.join(', ')}`,
      {
        record: origin,
        field: missing[0],
      },
    );
  }
}

/** Rejections in file order, whether the parser or the mapping refused them. */
function sortedRejections(result: LoadedDataset): LoadedDataset {
  result.rejected.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return result;
}
