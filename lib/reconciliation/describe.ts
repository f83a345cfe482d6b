import type { Claim } from '../records';
import { formatDate } from '../dates';
import type { ClaimFacts } from './facts';
import { isoOfDay } from './time';
import { withUnit } from '../units/label';

/**
 * The words of a reason: figures as the source wrote them and dates a
 * reader cannot misread. Text from documents is untrusted; it is kept on
 * one line here and escaped by the reports.
 */

/** "at least 19", "about 2,500", "between 10 and 12": the figure as written. */
export function figure(claim: Claim): string {
  const stated = oneLine(claim.statedText);
  const upper = claim.qualifier === 'range' && claim.upper !== null ? `–${formatNumber(claim.upper)}` : '';
  const hedge = claim.hedge === null ? '' : `${sentenceCase(oneLine(claim.hedge))} `;
  return `${hedge}${oneLine(withUnit(claim, `${stated}${upper}`))}`;
}

/** "at least 41 missile and drone attacks". */
export function figureOf(claim: Claim): string {
  const measure = claim.subMeasure ?? claim.measure ?? claim.measureText;
  return measure === null ? figure(claim) : `${figure(claim)} ${oneLine(measure)}`;
}

/** The figure with what it counts and its time: "20 attacks (Oct 17–27, 2023)". A claim is cited in several reasons: built once. */
export function cited(facts: ClaimFacts): string {
  facts.citation ??= flattened(`${figureOf(facts.claim)} (${when(facts)})`);
  return facts.citation;
}

/**
 * A string joined from pieces is, inside V8, a tree of the pieces; reading it
 * as a number makes V8 copy it into one flat string. A million reasons then
 * cost the garbage collector a million strings instead of ten million pieces.
 */
export function flattened(text: string): string {
  Number(text);
  return text;
}

/** The figure with its places and time, for relations across places: "12 attacks in Iraq (Oct 17–27, 2023)". */
export function citedIn(facts: ClaimFacts): string {
  return `${figureOf(facts.claim)} in ${placesText(facts.places)} (${when(facts)})`;
}

/** Places in words: "Iraq and Syria", "no place named". */
export function placesText(places: readonly string[]): string {
  if (places.length === 0) return 'no place named';
  if (places.length === 1) return oneLine(places[0]!);
  return `${places.slice(0, -1).map(oneLine).join(', ')} and ${oneLine(places[places.length - 1]!)}`;
}

/** When the figure holds and what it counts over. */
export function when(facts: ClaimFacts): string {
  const { time } = facts;
  const known = time.lo === time.hi;
  if (time.start !== null && known) return dateRange(time.start, time.lo);
  const since = time.start === null ? '' : `since ${formatDay(time.start)}; `;
  if (known) return formatDay(time.lo);
  return `${since}${unknownDate(time.lo, time.hi)}`;
}

function unknownDate(lo: number, hi: number): string {
  const hasLo = Number.isFinite(lo);
  const hasHi = Number.isFinite(hi);
  if (hasLo && hasHi) return `date unknown, ${dateRange(lo, hi)}`;
  if (hasLo) return `date unknown, after ${formatDay(lo)}`;
  if (hasHi) return `date unknown, before ${formatDay(hi)}`;
  return 'date unknown';
}

/** "Oct 17–27, 2023", "Oct 17 – Nov 9, 2023", "Dec 30, 2023 – Jan 2, 2024". */
export function dateRange(startDay: number, endDay: number): string {
  if (startDay === endDay) return formatDay(endDay);
  const start = dayParts(startDay);
  const end = dayParts(endDay);
  if (start.year !== end.year) return `${formatDay(startDay)} – ${formatDay(endDay)}`;
  if (start.month === end.month) return `${start.month} ${start.date}–${end.date}, ${end.year}`;
  return `${start.month} ${start.date} – ${end.month} ${end.date}, ${end.year}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The month, day and year of a day number, as formatDate writes them. */
function dayParts(day: number): { month: string; date: number; year: number } {
  const d = new Date(day * 86_400_000);
  return { month: MONTHS[d.getUTCMonth()]!, date: d.getUTCDate(), year: d.getUTCFullYear() };
}

const dayTexts = new Map<number, string>();

/** "Oct 27, 2023" for a day number; days repeat across reasons, so each is formatted once. */
export function formatDay(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = formatDate(isoOfDay(day));
    if (dayTexts.size < 100_000) dayTexts.set(day, text);
  }
  return text;
}

/** "15 apart, 43%": how far two figures are, absolute and relative to the larger. */
export function apart(gap: number, relativeGap: number): string {
  return `${formatNumber(gap)} apart, ${formatPercent(relativeGap)}`;
}

export function formatPercent(share: number): string {
  const percent = share * 100;
  if (!Number.isFinite(percent)) return 'over 1e+308%';
  return `${percent >= 10 || percent === 0 ? Math.round(percent) : percent.toFixed(1)}%`;
}

/** 2500 → "2,500"; 2.345 → "2.35". */
export function formatNumber(n: number): string {
  // Past 1e21 String() writes an exponent ("1e+308"), which has no thousands to group (and n * 100 may overflow).
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const rounded = Math.round(n * 100) / 100;
  const [whole, fraction] = String(Math.abs(rounded)).split('.') as [string, string | undefined];
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A hedge that opened its sentence ("At least 21") reads mid-sentence as "at least 21"; "US-led" stays. */
function sentenceCase(hedge: string): string {
  return /^[A-Z][a-z]/.test(hedge) ? hedge[0]!.toLowerCase() + hedge.slice(1) : hedge;
}

/** Untrusted words on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
