import type { Document, IsoDate } from '../records';
import { ClaimReconcilerError, describeKind, format } from '../errors/messages';
import { stableHash } from '../ids';
import { isIsoDate } from '../dates';
import { outletFromUrl, parseHeader } from './header';

/** What a caller knows of a document beyond its text; it wins over the file's header. */
export interface DocumentMeta {
  id?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: IsoDate | null;
  /** Outlet name. */
  outlet?: string | null;
  url?: string | null;
}

const BYTE_ORDER_MARK = /^\uFEFF/;

/**
 * Make a Document from an article's text. The header's date, outlet and URL
 * are read and removed from the text; `meta` overrides them. With no header
 * and no `meta.published`, the publication date stays unknown (null): it is
 * never guessed from the text.
 */
export function loadDocument(text: string, meta: DocumentMeta = {}): Document {
  if (typeof text !== 'string') throw new ClaimReconcilerError('invalid-argument', format('documentTextNotString', describeKind(text)));
  const raw = text.replace(BYTE_ORDER_MARK, '');
  const header = parseHeader(raw);
  const published = meta.published !== undefined ? meta.published : header.published;
  if (published !== null && !isIsoDate(published)) {
    throw new ClaimReconcilerError('invalid-option', format('invalidPublished', published), { field: 'published' });
  }
  const url = meta.url !== undefined ? meta.url : header.url;
  const outlet = meta.outlet !== undefined ? meta.outlet : (header.outlet ?? (url ? outletFromUrl(url) : null));
  const body = raw.slice(header.bodyStart);
  return {
    id: meta.id ?? `doc-${stableHash(raw)}`,
    text: body,
    source: { name: outlet, url, published },
  };
}
