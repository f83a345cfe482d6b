import type { Document, IsoDate } from '../records';
import { ClaimReconcilerError, describeKind, format } from '../errors/messages';
import { stableHash } from '../ids';
import { isIsoDate } from '../dates';
import { bodyStartOf } from './body';
import { outletFromUrl, parseHeader, type ParsedHeader } from './header';

/** What a caller knows of a document beyond its text; it wins over the file's header. */
export interface DocumentMeta {
  id?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: IsoDate | null;
  /** Outlet name. */
  outlet?: string | null;
  url?: string | null;
  /**
   * Where the article body starts in the text, when the caller knows: the
   * text before it is then neither extracted from nor read as a header.
   * By default the loose header line is looked for.
   */
  bodyStart?: number;
}

const BYTE_ORDER_MARK = '\uFEFF';
const NO_HEADER: ParsedHeader = { published: null, outlet: null, url: null, bodyStart: 0 };

/**
 * Make a Document from an article's text. The text is kept exactly as given,
 * so claim spans index the caller's string; the header's date, outlet and URL
 * are read from its start, and `bodyStart` is set past it (and past a byte
 * order mark), so extraction reads the body only. `meta` overrides what the
 * header says. With no header and no `meta.published`, the publication date
 * stays unknown (null): it is never guessed from the text.
 */
export function loadDocument(text: string, meta: DocumentMeta = {}): Document {
  if (typeof text !== 'string') throw new ClaimReconcilerError('invalid-argument', format('documentTextNotString', describeKind(text)));
  const markLength = text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
  // Without the mark, so that a file saved with and without one is the same document.
  const unmarked = markLength === 0 ? text : text.slice(markLength);
  const header = meta.bodyStart === undefined ? parseHeader(unmarked) : NO_HEADER;
  const published = meta.published !== undefined ? meta.published : header.published;
  if (published !== null && !isIsoDate(published)) {
    throw new ClaimReconcilerError('invalid-option', format('invalidPublished', published), { field: 'published' });
  }
  const url = meta.url !== undefined ? meta.url : header.url;
  const outlet = meta.outlet !== undefined ? meta.outlet : (header.outlet ?? (url ? outletFromUrl(url) : null));
  const document: Document = {
    id: meta.id ?? `doc-${stableHash(unmarked)}`,
    text,
    bodyStart: meta.bodyStart ?? markLength + header.bodyStart,
    source: { name: outlet, url, published },
  };
  bodyStartOf(document);
  return document;
}
