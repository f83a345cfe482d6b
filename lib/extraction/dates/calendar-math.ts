/**
 * Calendar arithmetic the date parsers share; all in UTC on ISO dates. A
 * result outside the years 0000-9999 ("yesterday" in an article dated
 * 0000-01-01) is null, an unknown date, never a string the schema refuses.
 */
import type { IsoDate } from '../../records';
import { addDays, fromIsoDate, toIsoDate } from '../../dates';

/** Date.UTC reads the years 0-99 as 1900-1999 (chrono gives year 0 for "October 17" near 0001-01-01); setUTCFullYear does not. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export const isoOf = (year: number, month: number, day: number): IsoDate | null => toIsoDate(utcDate(year, month - 1, day));

export function weekdayOf(date: IsoDate): number {
  return fromIsoDate(date).getUTCDay();
}

/** The latest day on or before `date` that falls on `weekday` (0 = Sunday). */
export function latestWeekday(date: IsoDate, weekday: number): IsoDate | null {
  const back = (weekdayOf(date) - weekday + 7) % 7;
  return addDays(date, -back);
}

export function startOfUnit(date: IsoDate, unit: 'week' | 'month' | 'year'): IsoDate | null {
  const d = fromIsoDate(date);
  if (unit === 'year') return isoOf(d.getUTCFullYear(), 1, 1);
  if (unit === 'month') return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  // weeks start on Monday, as ISO 8601 has them
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

export function endOfMonth(year: number, month: number): IsoDate | null {
  return toIsoDate(utcDate(year, month, 0));
}

/** `date` moved back by `count` units (days, weeks, months, years). */
export function subtractUnits(date: IsoDate, count: number, unit: 'hour' | 'day' | 'week' | 'month' | 'year'): IsoDate | null {
  if (unit === 'hour') return addDays(date, -Math.ceil(count / 24));
  if (unit === 'day') return addDays(date, -count);
  if (unit === 'week') return addDays(date, -7 * count);
  const d = fromIsoDate(date);
  const months = unit === 'month' ? count : 12 * count;
  const target = utcDate(d.getUTCFullYear(), d.getUTCMonth() - months, 1);
  const lastDay = utcDate(target.getUTCFullYear(), target.getUTCMonth() + 1, 0).getUTCDate();
  return isoOf(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d.getUTCDate(), lastDay));
}
