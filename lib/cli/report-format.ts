import { extname } from 'node:path';
import { format as formatMessage, UsageError } from '../errors/messages';

/** What `--out FILE` implies when `--format` is not given: report.html is HTML. */
const FORMAT_BY_EXTENSION: ReadonlyMap<string, string> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.csv', 'csv'],
  ['.json', 'json'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
]);

/**
 * The output format: --format when given; else the one --out's extension
 * names, which must be one the command writes (a report.pdf full of Markdown
 * would be a silent surprise); else, on standard output, the command's default.
 */
export function outputFormatFor(format: string | undefined, out: string | undefined, allowed: readonly string[], fallback: string): string {
  if (format !== undefined) return format;
  if (out === undefined) return fallback;
  const extension = extname(out).toLowerCase();
  const implied = FORMAT_BY_EXTENSION.get(extension);
  if (implied !== undefined && allowed.includes(implied)) return implied;
  const extensions = [...FORMAT_BY_EXTENSION].filter(([, name]) => allowed.includes(name)).map(([ext]) => ext);
  const choices = `${extensions.slice(0, -1).join(', ')} or ${extensions[extensions.length - 1]}`;
  throw new UsageError(
    extension === '' ? formatMessage('outNoExtension', out, choices) : formatMessage('outUnknownExtension', out, extension, choices),
    { field: 'out' },
  );
}
