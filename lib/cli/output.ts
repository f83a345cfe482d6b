import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { format, UsageError } from '../errors/messages';
import { outputFormatFor } from './report-format';
import { StreamOutput } from './stream-output';

/**
 * Write the whole output at once, only after the command has succeeded, so a
 * failing run never leaves half a report on stdout or in --out. A reader that
 * stops early (`| head`) is not an error.
 */
export async function emit(text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    await writeStdout(text);
    return;
  }
  await checkOutPath(out);
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, out);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(format('outNotWritable', out, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/** Pieces are gathered to about this many characters per write: a write per record costs more than the record. */
const WRITE_SIZE = 1 << 16;

/**
 * Write output that may be larger than any one string can be (a million
 * claims as JSON), piece by piece: to standard output, or to --out through a
 * temporary file renamed at the end, so a failed run leaves no half file.
 */
export async function emitChunks(chunks: Iterable<string>, out: string | undefined): Promise<void> {
  if (out !== undefined) await checkOutPath(out);
  const output = new StreamOutput(out);
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length < WRITE_SIZE) continue;
      await output.write(pending);
      pending = '';
    }
    if (pending !== '') await output.write(pending);
    await output.close();
  } catch (error) {
    await output.abandon();
    if (out === undefined) throw error;
    throw new UsageError(format('outNotWritable', out, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

function writeStdout(text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(error);
    });
  });
}

/**
 * The format of the output, settled before any work is done: an --out in a
 * missing folder, or that is a folder, or whose extension names no format the
 * command writes, is refused first.
 */
export async function planOutput(
  format: string | undefined,
  out: string | undefined,
  allowed: readonly string[],
  fallback: string,
): Promise<string> {
  if (out !== undefined) await checkOutPath(out);
  return outputFormatFor(format, out, allowed, fallback);
}

/** Say what to do about an --out path that cannot work, before any work is written. */
async function checkOutPath(out: string): Promise<void> {
  const folder = dirname(out);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) throw new UsageError(format('outFolderMissing', out, folder));
  const info = await stat(out).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(format('outIsFolder', out, join(out, 'report.html')));
}
