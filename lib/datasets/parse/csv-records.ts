import type { CsvError, Info } from 'csv-parse';
import { format } from '../../errors/messages';
import { ClaimReconcilerError } from '../../errors/messages';
import type { DatasetRow } from '../row-reading';
import { unreadableRecord, type RowEvent } from './rows';

/**
 * Options shared by the sync and stream parsers. Records of the wrong
 * length are kept so that they can be rejected with their row number; a
 * stray quote inside a field is kept as written (the field then fails, or
 * not, on its own); a quote never closed swallows the rest of the file, and
 * is reported through `on_skip` with the row it opened on and the rows it took.
 */
export const csvParseOptions = {
  bom: true,
  // each record ends as it ends: csv-parse would lock onto the first line end it meets and merge rows of the others
  record_delimiter: ['\r\n', '\n', '\r'] as string[],
  relax_quotes: true,
  info: true,
  relax_column_count: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
} as const;

/**
 * Turns csv-parse records into rows keyed by the header. Rows are
 * null-prototype objects, so a column named "__proto__" is an ordinary own
 * key. Row numbers are the line a record starts on (the header is row 1),
 * which is the row number a spreadsheet shows unless a cell spans lines.
 */
export class CsvRecords {
  private columns: string[] | null = null;
  private lastLine = 0;
  private lastEmpty = 0;
  private index = 0;

  constructor(private readonly origin: string) {}

  accept(record: string[], info: Info): RowEvent {
    const rowNumber = this.startLine(info.lines, info.empty_lines);
    if (this.columns === null) {
      this.columns = checkedHeader(this.origin, record);
      return { kind: 'columns', columns: this.columns };
    }
    const index = this.index++;
    if (record.length !== this.columns.length) {
      const reason = `${format('datasetRowLabel', this.origin, rowNumber)}: ${format('datasetFieldCount', record.length, this.columns.length)}`;
      return unreadableRecord(this.origin, index, reason, record);
    }
    const row: Record<string, string> = Object.create(null);
    this.columns.forEach((column, i) => {
      row[column] = record[i] as string;
    });
    return { kind: 'row', row: row as DatasetRow, index, rowNumber };
  }

  /** A record csv-parse skipped: reported with the line it started on. */
  skip(error: CsvError): RowEvent {
    const details = error as CsvError & { lines?: number; empty_lines?: number };
    const endLine = details.lines ?? this.lastLine + 1;
    const rowNumber = this.startLine(endLine, details.empty_lines ?? this.lastEmpty);
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? format('datasetQuoteNeverClosed', rowNumber, endLine, endLine - rowNumber + 1)
        : `${format('datasetCsvError')} ${error.message}`;
    const reason = `${format('datasetRowLabel', this.origin, rowNumber)}: ${what}`;
    return unreadableRecord(this.origin, this.index++, reason, null);
  }

  /** Fails on a file with no header at all. */
  finish(): void {
    if (this.columns === null)
      throw new ClaimReconcilerError('invalid-dataset', format('datasetNoHeader', this.origin), { record: this.origin });
  }

  private startLine(endLine: number, emptyLines: number): number {
    const start = this.lastLine + 1 + Math.max(0, emptyLines - this.lastEmpty);
    this.lastLine = endLine;
    this.lastEmpty = emptyLines;
    return start;
  }
}

function checkedHeader(origin: string, record: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const column of record) {
    if (seen.has(column))
      throw new ClaimReconcilerError('invalid-dataset', format('datasetDuplicateHeader', origin, column), {
        record: origin,
        field: column,
      });
    seen.add(column);
  }
  return [...record];
}
