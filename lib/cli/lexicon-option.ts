import { readFile } from 'node:fs/promises';
import { BEATS, beatLexiconData, createLexicon, defaultLexiconData, type Lexicon, type LexiconData } from '../index';
import { format, UsageError } from '../errors/messages';

/** The names --lexicon takes besides a file: the default (every beat) and each beat alone. */
export const BUILT_IN_LEXICONS: readonly string[] = ['news', ...Object.keys(BEATS)];

const builtIn = (name: string): LexiconData | undefined => (name === 'news' ? defaultLexiconData : beatLexiconData(name));

/**
 * The lexicon `--lexicon` names: the default, one beat alone, or a JSON file that replaces
 * the default. Undefined without the option, so the library's default applies.
 */
export async function lexiconOption(option: string | undefined): Promise<Lexicon | undefined> {
  if (option === undefined) return undefined;
  const named = builtIn(option);
  if (named) return createLexicon(named);
  let data: unknown;
  try {
    data = JSON.parse((await readFile(option, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(format('invalidLexiconFile', option, reason, BUILT_IN_LEXICONS.join('|')));
  }
  try {
    return createLexicon(data as LexiconData);
  } catch (error) {
    throw new UsageError(format('invalidLexiconFile', option, (error as Error).message, BUILT_IN_LEXICONS.join('|')));
  }
}
