import { parse } from 'csv-parse';
import type { CsvError, Info } from 'csv-parse';
import type { Readable } from 'node:stream';
import { CsvRecords, csvParseOptions } from './csv-records';
import type { RowEvent } from './rows';

/**
 * CSV rows from a stream, one at a time (csv-parse's stream API): memory
 * holds one record, however long the file. Events come in file order.
 */
export async function* csvRowEvents(input: Readable, origin: string): AsyncGenerator<RowEvent> {
  const records = new CsvRecords(origin);
  const skipped: RowEvent[] = [];
  const parser = input.pipe(
    parse({
      ...csvParseOptions,
      info: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) skipped.push(records.skip(error));
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    yield* skipped.splice(0);
    yield records.accept(record, info);
  }
  yield* skipped.splice(0);
  records.finish();
}
