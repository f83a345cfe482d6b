import type { Document } from '../records';
import { ClaimReconcilerError, format } from '../errors/messages';

/**
 * Where a document's body starts in its text, checked: documents come from
 * callers and NDJSON as well as from `loadDocument`, and an offset outside
 * the text would cut quotes that are not there.
 */
export function bodyStartOf(document: Document): number {
  if (typeof document.text !== 'string')
    throw new ClaimReconcilerError('invalid-argument', format('documentTextNotString', typeof document.text), {
      record: document.id,
      field: '/text',
    });
  const bodyStart: unknown = document.bodyStart;
  if (bodyStart === undefined) return 0;
  if (typeof bodyStart !== 'number' || !Number.isInteger(bodyStart) || bodyStart < 0 || bodyStart > document.text.length) {
    const shown = typeof bodyStart === 'number' ? bodyStart : `a ${bodyStart === null ? 'null' : typeof bodyStart}`;
    throw new ClaimReconcilerError('invalid-argument', format('invalidBodyStart', document.id, document.text.length, shown), {
      record: document.id,
      field: '/bodyStart',
    });
  }
  return bodyStart;
}
