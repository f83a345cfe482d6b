import type { IsoDate } from '../../records';
import { isIsoDate } from '../../dates';

/**
 * A date cell: YYYY-MM-DD, the same followed by a time (exports such as JHU's
 * Last_Update), or the compact YYYYMMDD some APIs use (also as a number).
 * The date is taken as written; a time zone offset after it is not applied.
 */
const DATE_THEN_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

export function dateFromCell(value: unknown): IsoDate | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const full = DATE_THEN_TIME.exec(trimmed);
  const candidate = full ? full[1] : compact(trimmed);
  return candidate !== undefined && isIsoDate(candidate) ? candidate : null;
}

function compact(text: string): string | undefined {
  const match = COMPACT.exec(text);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
