import { readFile } from 'node:fs/promises';
import { createLexicon, defaultLexiconData, healthLexiconData, type Lexicon, type LexiconData } from '../index';
import { format, UsageError } from '../errors/messages';

const BUILT_IN = new Map<string, LexiconData>([
  ['security', defaultLexiconData],
  ['health', healthLexiconData],
]);

/**
 * The lexicon `--lexicon` names: a built-in beat or a JSON file that replaces
 * the default. Undefined without the option, so the library's default applies.
 */
export async function lexiconOption(option: string | undefined): Promise<Lexicon | undefined> {
  if (option === undefined) return undefined;
  const builtIn = BUILT_IN.get(option);
  if (builtIn) return createLexicon(builtIn);
  let data: unknown;
  try {
    data = JSON.parse((await readFile(option, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(format('invalidLexiconFile', option, reason));
  }
  try {
    return createLexicon(data as LexiconData);
  } catch (error) {
    throw new UsageError(format('invalidLexiconFile', option, (error as Error).message));
  }
}
