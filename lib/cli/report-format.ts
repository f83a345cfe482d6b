import { extname } from 'node:path';

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

/** The output format: --format when given, else the one --out's extension names, else the command's default. */
export function outputFormatFor(format: string | undefined, out: string | undefined, allowed: readonly string[], fallback: string): string {
  if (format !== undefined) return format;
  const implied = out === undefined ? undefined : FORMAT_BY_EXTENSION.get(extname(out).toLowerCase());
  return implied !== undefined && allowed.includes(implied) ? implied : fallback;
}
