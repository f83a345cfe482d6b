import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Output written as it is produced, for streaming commands: standard output,
 * or --out through a temporary file renamed at the end so a failed run
 * leaves no half file. `write` waits when the reader is slower (backpressure),
 * which keeps memory flat.
 */
export class StreamOutput {
  private readonly target: Writable;
  private readonly temporary: string | null;

  constructor(private readonly out: string | undefined) {
    if (out === undefined) {
      this.target = process.stdout;
      this.temporary = null;
    } else {
      this.temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
      this.target = createWriteStream(this.temporary, 'utf8');
    }
  }

  async write(text: string): Promise<void> {
    if (!this.target.write(text)) await new Promise<void>((resolve) => this.target.once('drain', resolve));
  }

  async close(): Promise<void> {
    if (this.temporary === null || this.out === undefined) return;
    await new Promise<void>((resolve, reject) =>
      (this.target as WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    await rename(this.temporary, this.out);
  }

  async abandon(): Promise<void> {
    if (this.temporary === null) return;
    (this.target as WriteStream).destroy();
    await rm(this.temporary, { force: true });
  }
}
