/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so that
 * results never depend on the machine's time zone.
 */
import type { IsoDate } from './records';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The first and last days that YYYY-MM-DD can write, and so the schemas accept. */
export const FIRST_ISO_DATE: IsoDate = '0000-01-01';
export const LAST_ISO_DATE: IsoDate = '9999-12-31';

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes the year as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The day of a UTC instant as YYYY-MM-DD; null when it falls outside the
 * years 0000-9999 that four digits can write (toISOString would give
 * "-000001-12-31" for a week before 0000-01-07), or is no date at all.
 */
export function toIsoDate(date: Date): IsoDate | null {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return null;
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO date. */
export function fromIsoDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Null when the day falls outside the years 0000-9999: counting back from 0000-01-01 leaves the calendar. */
export function addDays(date: IsoDate, days: number): IsoDate | null {
  return toIsoDate(new Date(fromIsoDate(date).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((fromIsoDate(b).getTime() - fromIsoDate(a).getTime()) / DAY_MS);
}

export function minDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

export function maxDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** "Oct 27, 2023": unambiguous in every locale's reading. */
export function formatDate(date: IsoDate | null): string {
  if (date === null) return 'date unknown';
  const d = fromIsoDate(date);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
