import type { Document } from '../records';
import { isIsoDate } from '../dates';
import { ClaimReconcilerError, describeKind, format, recordLabel } from '../errors/messages';

/**
 * What extraction needs of a document from outside TypeScript (JSON, a
 * caller's own objects): an object with its text as a string and a source
 * whose publication date is a date or null. Anything else is the caller's
 * error, named with the field, rather than a TypeError deep in a stage.
 * Other fields are left alone: they do not change what is extracted.
 */
export function assertDocument(value: unknown, caller: string): asserts value is Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ClaimReconcilerError('invalid-argument', format('notADocument', caller, describeKind(value)));
  }
  const { id, text, source } = value as Partial<Record<keyof Document, unknown>>;
  const record = recordLabel('document', null, typeof id === 'string' && id.length > 0 ? id : null);
  const refuse = (field: string, expected: string, found: unknown) => {
    throw new ClaimReconcilerError('invalid-argument', format('documentField', caller, record, field, expected, describeKind(found)), {
      record,
      field,
    });
  };
  if (typeof id !== 'string' || id.length === 0) refuse('/id', 'a non-empty string', id);
  if (typeof text !== 'string') refuse('/text', 'a string', text);
  if (typeof source !== 'object' || source === null || Array.isArray(source))
    refuse('/source', 'an object { name, url, published }', source);
  const { published } = source as { published?: unknown };
  if (published !== null && !isIsoDate(published)) {
    throw new ClaimReconcilerError('invalid-argument', format('documentPublished', caller, record, published), {
      record,
      field: '/source/published',
    });
  }
}
