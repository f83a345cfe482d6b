import { defaults } from '../config/defaults';
import { format } from '../errors/messages';
import { isPlainContainer } from './record-shape';

/**
 * What a rejected record keeps of itself: the record as it came when it is
 * small and plain JSON (nearly always), else a preview of at most
 * `rejectedPreviewLength` characters and `rejectedPreviewDepth` levels, with
 * a note where it was cut. A record of megabytes, of thousands of levels,
 * cyclic, or holding values JSON cannot write (a BigInt, a function) is
 * rejected, and the output that lists it can still be written.
 */
export function previewOf(record: unknown): unknown {
  const budget: Budget = { left: defaults.rejectedPreviewLength, changed: false };
  const preview = previewValue(record, 1, budget);
  return budget.changed ? preview : record;
}

/** A field name is shown up to this long. */
const MAX_KEY = 200;

interface Budget {
  left: number;
  changed: boolean;
}

function previewValue(value: unknown, depth: number, budget: Budget): unknown {
  if (typeof value === 'string') {
    const room = Math.max(0, budget.left);
    budget.left -= value.length + 2;
    if (value.length <= room) return value;
    budget.changed = true;
    return value.slice(0, room) + format('previewCutString', value.length - room);
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    budget.left -= 5;
    return value;
  }
  if (typeof value !== 'object') {
    budget.changed = true;
    budget.left -= 20;
    return value === undefined ? null : format('previewNotJson', typeof value === 'bigint' ? `${value}n` : `a ${typeof value}`);
  }
  if (depth > defaults.rejectedPreviewDepth) {
    budget.changed = true;
    return format('previewCutDepth');
  }
  if (!isPlainContainer(value)) budget.changed = true;
  return Array.isArray(value) ? previewArray(value, depth, budget) : previewObject(value as Record<string, unknown>, depth, budget);
}

function previewArray(array: readonly unknown[], depth: number, budget: Budget): unknown[] {
  const copy: unknown[] = [];
  budget.left -= 2;
  for (let i = 0; i < array.length; i++) {
    if (budget.left <= 0) {
      budget.changed = true;
      copy.push(format('previewCutEntries', array.length - i));
      break;
    }
    copy.push(previewValue(array[i], depth + 1, budget));
  }
  return copy;
}

function previewObject(object: Record<string, unknown>, depth: number, budget: Budget): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(object);
  budget.left -= 2;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (budget.left <= 0) {
      budget.changed = true;
      define(copy, '…', format('previewCutEntries', keys.length - i));
      break;
    }
    const field = object[key];
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') {
      budget.changed = true;
      continue;
    }
    budget.left -= Math.min(key.length, MAX_KEY) + 4;
    if (key.length > MAX_KEY) budget.changed = true;
    const shown = key.length > MAX_KEY ? key.slice(0, MAX_KEY) + format('previewCutString', key.length - MAX_KEY) : key;
    define(copy, shown, previewValue(field, depth + 1, budget));
  }
  return copy;
}

/** defineProperty: a key "__proto__" stays a field of the preview, never its prototype. */
function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
