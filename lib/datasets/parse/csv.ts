import { parse } from 'csv-parse/sync';
import type { CsvError, Info } from 'csv-parse';
import { CsvRecords, csvParseOptions } from './csv-records';
import { collectRows, type ParsedRows, type RowEvent } from './rows';

/**
 * Parse CSV text held in memory with csv-parse's sync API; large files and
 * standard input go through `csvRowEvents` instead. Records and skipped
 * records are handled in the callbacks, which csv-parse calls in file order.
 */
export function parseCsv(text: string, origin = 'input'): ParsedRows {
  const records = new CsvRecords(origin);
  const events: RowEvent[] = [];
  parse(text, {
    ...csvParseOptions,
    info: false,
    on_record: (record: string[], context: Info) => {
      events.push(records.accept(record, context));
      return undefined;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error) events.push(records.skip(error));
    },
  });
  records.finish();
  return collectRows(origin, events);
}
