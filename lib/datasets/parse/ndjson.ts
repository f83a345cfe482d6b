import { format } from '../../errors/messages';
import type { DatasetRow } from '../row-reading';
import { collectRows, unreadableRecord, type ParsedRows, type RowEvent } from './rows';

/** NDJSON text held in memory: one row object per line, numbered by line. */
export function parseNdjsonRows(text: string, origin = 'input'): ParsedRows {
  const lines = new NdjsonLines(origin);
  const events: RowEvent[] = [];
  // each line ends as it ends: LF, CRLF or a lone CR (old Mac files), mixed in one file when files were joined
  for (const line of text.split(/\r\n?|\n/)) {
    const event = lines.accept(line);
    if (event) events.push(event);
  }
  return collectRows(origin, events);
}

/**
 * Reads NDJSON one line at a time, for text in memory and for streams alike.
 * Blank lines are skipped; a line that is not JSON is reported with its
 * line number and the rest go on. JSON.parse makes "__proto__" an own key,
 * never a prototype.
 */
export class NdjsonLines {
  private lineNumber = 0;
  private index = 0;

  constructor(private readonly origin: string) {}

  accept(rawLine: string): RowEvent | null {
    this.lineNumber++;
    const line = this.lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') return null;
    const index = this.index++;
    try {
      return { kind: 'row', row: JSON.parse(line) as DatasetRow, index, rowNumber: this.lineNumber };
    } catch (error) {
      const reason = `${this.origin} ${format('invalidJsonLine', this.lineNumber, (error as Error).message)}`;
      return unreadableRecord(this.origin, index, reason, line);
    }
  }
}
