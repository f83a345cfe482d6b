import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { loadDocument, type Document, type DocumentMeta } from '../index';
import { format } from '../errors/messages';

const BYTE_ORDER_MARK = /^\uFEFF/;

/** A line of standard input that could not become a document, with its line number. */
export interface UnusableLine {
  line: number;
  reason: string;
}

/**
 * Documents from NDJSON on a stream, one per line, as they arrive: memory
 * holds one line at a time. A line is a Document record (`{id, text,
 * bodyStart?, source}`) or the shorter `{id?, text, published?, outlet?,
 * url?}`; a missing id becomes `stdin:LINE`.
 */
export async function* documentsFromNdjson(
  input: Readable,
  options: { published?: string },
): AsyncGenerator<{ document: Document } | { unusable: UnusableLine }> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    // A byte order mark before the first record (Windows tools write one) is not part of it.
    const text = line === 1 ? raw.replace(BYTE_ORDER_MARK, '') : raw;
    if (text.trim() === '') continue;
    try {
      yield { document: documentOf(JSON.parse(text), line, options) };
    } catch (error) {
      const reason =
        error instanceof SyntaxError ? format('invalidJsonLine', line, error.message) : `line ${line}: ${(error as Error).message}`;
      yield { unusable: { line, reason } };
    }
  }
}

function documentOf(value: unknown, line: number, options: { published?: string }): Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(format('notAnObject', value));
  const record = value as Record<string, unknown>;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const source = own('source');
  const from = (key: string): unknown => {
    if (typeof source === 'object' && source !== null && Object.prototype.hasOwnProperty.call(source, key)) {
      return (source as Record<string, unknown>)[key];
    }
    return own(key === 'name' ? 'outlet' : key);
  };
  const meta: DocumentMeta = { id: textOrUndefined(own('id')) ?? `stdin:${line}` };
  const published = from('published');
  const outlet = from('name');
  const url = from('url');
  if (published === null || typeof published === 'string') meta.published = published;
  if (outlet === null || typeof outlet === 'string') meta.outlet = outlet;
  if (url === null || typeof url === 'string') meta.url = url;
  // A Document record says where its body starts; loadDocument checks the value and names the field when it is wrong.
  const bodyStart = own('bodyStart');
  if (bodyStart !== undefined) meta.bodyStart = bodyStart as number;
  const document = loadDocument(own('text') as string, meta);
  if (document.source.published === null && options.published !== undefined) {
    return { ...document, source: { ...document.source, published: options.published } };
  }
  return document;
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
