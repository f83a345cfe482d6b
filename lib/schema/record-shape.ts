import { defaults } from '../config/defaults';
import { format } from '../errors/messages';
import type { FieldIssue } from './issues';

/**
 * What JSON would see of a record, read before its schema. A record from
 * the API may be any JavaScript value: fields inherited from a prototype
 * (`Object.create(claim)`) pass a validator that reads `record.id`, yet
 * JSON writes the record as `{}`; a value nested thousands of levels deep
 * or cyclic overflows the stack of whatever writes it. The walk here is
 * iterative and stops at the bounds, so it costs at most the record's size.
 */

export interface RecordShape {
  /** The bound the record passes, naming the top-level field where it does; null when within bounds. */
  issue: FieldIssue | null;
  /** The record as JSON sees it: the record itself when every object in it is plain, else a copy of its own fields. */
  view: unknown;
}

export interface ShapeLimits {
  maxDepth: number;
  maxLength: number;
}

const LIMITS: ShapeLimits = { maxDepth: defaults.maxRecordDepth, maxLength: defaults.maxRecordLength };

/** An object JSON writes field by field as it is: a plain object or array, whose fields are all its own. */
export function isPlainContainer(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) ? prototype === Array.prototype : prototype === Object.prototype || prototype === null;
}

/** About how many characters of JSON a leaf takes. */
function leafLength(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return 8;
  return 5;
}

export function pointerSegment(key: string): string {
  return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

export function recordShape(record: unknown, limits: ShapeLimits = LIMITS): RecordShape {
  if (typeof record !== 'object' || record === null) return { issue: null, view: record };
  let length = 0;
  let plain = true;
  // [value, depth, top-level field]; the record itself is depth 1
  const stack: Array<[unknown, number, string]> = [[record, 1, '']];
  while (stack.length > 0) {
    const [value, depth, field] = stack.pop()!;
    if (typeof value !== 'object' || value === null) {
      length += leafLength(value);
    } else {
      if (depth > limits.maxDepth) return { issue: { field, message: format('recordTooDeep', limits.maxDepth) }, view: record };
      if (!isPlainContainer(value)) plain = false;
      if (Array.isArray(value)) {
        length += 2 + value.length;
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1, field || pointerSegment(String(i))]);
      } else {
        for (const key of Object.keys(value)) {
          length += key.length + 4;
          stack.push([(value as Record<string, unknown>)[key], depth + 1, field || pointerSegment(key)]);
        }
      }
    }
    if (length > limits.maxLength) return { issue: { field, message: format('recordTooLong', limits.maxLength) }, view: record };
  }
  if (plain) return { issue: null, view: record };
  const inherited = Object.keys(record).length === 0 ? inheritedFieldCount(record) : 0;
  if (inherited > 0) return { issue: { field: '', message: format('recordFieldsInherited', inherited) }, view: record };
  return { issue: null, view: ownFields(record, limits.maxDepth) };
}

function inheritedFieldCount(record: object): number {
  let count = 0;
  for (const _key in record) count++;
  return count;
}

/**
 * A plain copy of the fields JSON would write: own enumerable ones, without
 * undefined or functions. Recursion is safe: the record is known to nest no
 * deeper than the limit.
 */
function ownFields(value: unknown, depthLeft: number): unknown {
  if (typeof value !== 'object' || value === null || depthLeft <= 0) return value;
  if (Array.isArray(value)) return Array.from(value, (item: unknown) => (isWritable(item) ? ownFields(item, depthLeft - 1) : null));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    // defineProperty: a key "__proto__" stays a field, never a prototype
    if (isWritable(field))
      Object.defineProperty(copy, key, { value: ownFields(field, depthLeft - 1), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const isWritable = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
