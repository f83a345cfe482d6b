import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { loadDocument, parseNdjsonRows, type Document, type DocumentMeta, type Rejected } from '../index';
import { format, UsageError } from '../errors/messages';
import { STDIN } from './dataset-inputs';
import { decodeText } from './decode-text';

/** A claim record read from a file, before validation, with where it came from. */
export interface RawRecords {
  origin: string;
  records: unknown[];
  /** Each record's zero-based position in the file, unreadable lines counted; null when it is its place in `records`. */
  positions: number[] | null;
  /** Lines of an NDJSON file that were not JSON, as rejected records. */
  unreadable: Rejected[];
}

export interface Inputs {
  documents: Document[];
  claimFiles: RawRecords[];
}

export interface InputOptions {
  /** Publication date for articles whose header and sidecar give none. */
  published?: string;
}

const CLAIM_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl']);
const SIDECAR_SUFFIX = '.meta.json';

/** Standard input ("-") holds NDJSON claims, one per line. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/**
 * Read the files named on the command line. A folder stands for the articles
 * (*.txt) in it; .json/.ndjson files hold claim records; any other file is an
 * article. Files are read in the order given, folders in name order, so the
 * same command always sees the same input.
 */
export async function readInputs(paths: readonly string[], options: InputOptions = {}): Promise<Inputs> {
  if (paths.length === 0) throw new UsageError(format('emptyInputs'));
  const documents: Document[] = [];
  const claimFiles: RawRecords[] = [];
  for (const path of await expand(paths)) {
    if (path === STDIN) claimFiles.push(parseNdjson(await readStdin(), 'stdin'));
    else if (CLAIM_EXTENSIONS.has(extname(path).toLowerCase())) claimFiles.push(await readClaimFile(path));
    else documents.push(await readArticle(path, options));
  }
  return { documents, claimFiles };
}

async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError(format('missingFile', path));
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const articles = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
    if (articles.length === 0) throw new UsageError(format('noArticlesInFolder', path));
    files.push(...articles.map((name) => join(path, name)));
  }
  return files;
}

async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(format('unreadableFile', path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const decoded = decodeText(bytes);
  if (decoded === null) throw new UsageError(format('notUtf8', path));
  // Said, never silent: a file in another legacy encoding would read as the wrong letters.
  if (decoded.encoding === 'windows-1252') process.stderr.write(`claim-reconciler: ${format('readAsWindows1252', path)}\n`);
  return decoded.text;
}

async function readArticle(path: string, options: InputOptions): Promise<Document> {
  const text = await readText(path);
  const meta: DocumentMeta = { id: basename(path), ...(await readSidecar(path)) };
  const document = loadDocument(text, meta);
  if (document.source.published === null && options.published !== undefined) {
    return { ...document, source: { ...document.source, published: options.published } };
  }
  return document;
}

/** `NAME.meta.json` (or `NAME.txt.meta.json`) beside an article: what the caller knows of it. */
async function readSidecar(path: string): Promise<DocumentMeta> {
  const candidates = [path.slice(0, path.length - extname(path).length) + SIDECAR_SUFFIX, path + SIDECAR_SUFFIX];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => null);
    if (!info?.isFile()) continue;
    let value: unknown;
    try {
      value = JSON.parse(await readText(candidate));
    } catch (error) {
      throw new UsageError(format('invalidSidecar', candidate, (error as Error).message));
    }
    return sidecarMeta(candidate, value);
  }
  return {};
}

function sidecarMeta(path: string, value: unknown): DocumentMeta {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(format('invalidSidecar', path, 'not an object'));
  }
  const meta: DocumentMeta = {};
  for (const [key, field] of [
    ['published', 'published'],
    ['outlet', 'outlet'],
    ['url', 'url'],
  ] as const) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v !== 'string') throw new UsageError(format('invalidSidecar', path, `${key} must be a string`));
    meta[field] = v as string | null;
  }
  return meta;
}

async function readClaimFile(path: string): Promise<RawRecords> {
  const text = (await readText(path)).replace(/^\uFEFF/, '');
  const origin = basename(path);
  if (extname(path).toLowerCase() === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(format('invalidJsonFile', path, (error as Error).message));
    }
    return { origin, records: recordsOf(value), positions: null, unreadable: [] };
  }
  return parseNdjson(text, origin);
}

/** A .json file holds an array of claims, a saved reconciliation (its `claims`), or one claim. */
function recordsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { claims?: unknown }).claims)) {
    return (value as { claims: unknown[] }).claims;
  }
  return [value];
}

/**
 * Claims one per line, read as dataset rows are: each line ends as it ends
 * (LF, CRLF or a lone CR), and a line that is not JSON is a rejected record
 * that keeps its place, so the record after it is named by where it stands.
 */
export function parseNdjson(text: string, origin: string): RawRecords {
  const parsed = parseNdjsonRows(text, origin);
  return { origin, records: parsed.rows, positions: parsed.indexes, unreadable: parsed.unreadable };
}
