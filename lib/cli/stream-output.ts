import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';

/**
 * Output written as it is produced, for streaming commands: standard output,
 * or --out through a temporary file renamed at the end so a failed run
 * leaves no half file. `write` waits when the reader is slower (backpressure),
 * which keeps memory flat.
 */
export class StreamOutput {
  private readonly target: Writable;
  private readonly temporary: string | null;

  /** A file's write error (a full disk), kept until the next write: an 'error' event with no listener would end the process. */
  private failure: Error | null = null;

  constructor(private readonly out: string | undefined) {
    if (out === undefined) {
      this.target = process.stdout;
      this.temporary = null;
    } else {
      this.temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
      this.target = createWriteStream(this.temporary, 'utf8');
      this.target.on('error', (error) => {
        this.failure ??= error;
      });
    }
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.target.write(text)) return;
    // standard output's errors (a reader gone: EPIPE) are handled once for the process, in bin.ts
    if (this.temporary === null) await new Promise<void>((resolve) => this.target.once('drain', resolve));
    else await once(this.target, 'drain');
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
