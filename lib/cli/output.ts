import { rename, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/**
 * Write the whole output at once, only after the command has succeeded, so a
 * failing run never leaves half a report on stdout or in --out.
 */
export async function emit(text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
    return;
  }
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, out);
}
