import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { NdjsonLines } from './ndjson';
import type { RowEvent } from './rows';

/** NDJSON rows from a stream, one line at a time: memory stays flat however long the input. */
export async function* ndjsonRowEvents(input: Readable, origin: string): AsyncGenerator<RowEvent> {
  const lines = new NdjsonLines(origin);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const event = lines.accept(line);
    if (event) yield event;
  }
}
