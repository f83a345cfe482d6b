import { withUnit } from '../units/label';
import type { Claim, FindingKind, IsoDate, RelationKind, Severity } from '../records';
import { formatDate } from '../dates';

/*
 * Formatting shared by every renderer. Nothing here depends on the machine's
 * locale or time zone: numbers are grouped by hand and dates go through
 * `formatDate`, so the same reconciliation always renders to the same bytes.
 */

/** A figure as the source wrote it: "at least 19", "about 2,500", "between 4,000 and 4,500". */
export function figureAsWritten(claim: Claim): string {
  const hedge = claim.hedge === null ? null : lowerFirst(claim.hedge);
  if (claim.qualifier === 'range' && claim.upper !== null) {
    const upper = formatLike(claim.upper, claim.statedText);
    if (hedge !== null && /^between$/i.test(hedge)) return `between ${withUnit(claim, `${claim.statedText} and ${upper}`)}`;
    const range = withUnit(claim, `${claim.statedText}–${upper}`);
    return hedge !== null ? `${hedge} ${range}` : range;
  }
  return hedge !== null ? `${hedge} ${withUnit(claim, claim.statedText)}` : withUnit(claim, claim.statedText);
}

/** What a claim counts: its narrower measure when it has one. */
export function measureOf(claim: Claim): string {
  return claim.subMeasure ?? claim.measure ?? claim.measureText ?? 'unknown measure';
}

/**
 * "at least 19 attacks": the figure with what it counts. An article as the
 * number ("a defensive airstrike") reads only with the source's own words;
 * "a pair" and its kind need an "of".
 */
export function figureWithMeasure(claim: Claim): string {
  if (/^an?$/i.test(claim.statedText) && claim.measureText !== null) return `${figureAsWritten(claim)} ${claim.measureText}`;
  const joiner = /^an? (pair|couple|handful|number|total)$/i.test(claim.statedText) ? ' of ' : ' ';
  return `${figureAsWritten(claim)}${joiner}${measureOf(claim)}`;
}

/**
 * The outlet or dataset. A source with no name is said to be unknown, with the
 * document it came from: a file name is not an outlet.
 */
export function outletOf(claim: Claim): string {
  return claim.source.name ?? `unknown outlet (${claim.documentId})`;
}

/** Who the text attributes the figure to, apart from the outlet; null when it names no one. */
export function speakerOf(claim: Claim): string | null {
  const attribution = claim.attribution;
  if (attribution === null) return null;
  const parts: string[] = [];
  if (attribution.speaker) parts.push(attribution.speaker);
  if (attribution.organization && attribution.organization !== attribution.speaker) parts.push(attribution.organization);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Who said it: speaker and organisation, then the outlet that carried it. */
export function whoSaid(claim: Claim): string {
  const speaker = speakerOf(claim);
  return speaker === null ? outletOf(claim) : `${speaker} via ${outletOf(claim)}`;
}

/** "Sputnik, published Oct 29, 2023": the outlet and when it published. */
export function sourceLine(claim: Claim): string {
  const published = claim.source.published === null ? 'publication date unknown' : `published ${formatDate(claim.source.published)}`;
  return `${outletOf(claim)}, ${published}`;
}

/** The date a figure holds on, or what is known of it. */
export function whenValid(claim: Claim): string {
  if (claim.asOf !== null) return formatDate(claim.asOf);
  const bounds = claim.asOfBounds;
  if (bounds && (bounds.start !== null || bounds.end !== null)) {
    if (bounds.start !== null && bounds.end !== null) return `between ${dateRange(bounds.start, bounds.end, ' and ')}`;
    return bounds.start !== null ? `after ${formatDate(bounds.start)}` : `before ${formatDate(bounds.end)}`;
  }
  return 'date unknown';
}

/** whenValid for narrow table cells: "Oct 27, 2023", "in Oct 17–31, 2023". */
export function whenValidCompact(claim: Claim): string {
  const bounds = claim.asOfBounds;
  if (claim.asOf !== null || bounds === null || bounds.start === null || bounds.end === null) return whenValid(claim);
  if (bounds.start.slice(0, 7) === bounds.end.slice(0, 7)) {
    return `in ${formatDate(bounds.start).replace(/, \d{4}$/, '')}–${Number(bounds.end.slice(8, 10))}, ${bounds.end.slice(0, 4)}`;
  }
  return `in ${dateRange(bounds.start, bounds.end, ' – ')}`;
}

/** The period a figure counts over, when it has one. */
export function periodText(claim: Claim): string | null {
  const period = claim.period;
  if (!period || (period.start === null && period.end === null)) return null;
  if (period.start !== null && period.end !== null) return dateRange(period.start, period.end, ' – ');
  return period.start !== null ? `since ${formatDate(period.start)}` : `until ${formatDate(period.end)}`;
}

/** "Oct 17 and Oct 31, 2023": the year once when both dates share it. */
function dateRange(start: IsoDate, end: IsoDate, joiner: string): string {
  if (start.slice(0, 4) === end.slice(0, 4)) return `${formatDate(start).replace(/, \d{4}$/, '')}${joiner}${formatDate(end)}`;
  return `${formatDate(start)}${joiner}${formatDate(end)}`;
}

/**
 * The earliest date a claim can hold on, for ordering a timeline: its as-of
 * date, else the start of what the text allows; claims with no date at all
 * sort last.
 */
export function timeKey(claim: Claim): string {
  return claim.asOf ?? claim.asOfBounds?.start ?? claim.asOfBounds?.end ?? '9999-12-31';
}

/** Earliest first; ties by id so the order never depends on the input's order. */
export function byTime(a: Claim, b: Claim): number {
  return compareText(timeKey(a), timeKey(b)) || compareText(a.id, b.id);
}

/** Code-unit order: unlike `localeCompare`, the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A computed number with thousands separators: 2500 → "2,500", 0.5 → "0.5". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  const sign = value < 0 ? '-' : '';
  // Past 1e21 String() switches to exponent notation, which has no thousands to group (and scaling by 100 may overflow).
  if (Math.abs(value) >= 1e21) return `${sign}${String(Math.abs(value))}`;
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const [whole = '0', fraction] = String(rounded).split('.');
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

function groupThousands(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(',');
}

/** 0.0952 → "10%"; a gap below one per cent is "<1%", never "0%". */
export function formatPercent(ratio: number): string {
  if (ratio > 0 && ratio < 0.005) return '<1%';
  const percent = Math.round(ratio * 100);
  return Number.isFinite(percent) ? `${percent}%` : 'over 1e+308%';
}

/** "low severity: 2 apart (10%)". */
export function severityText(severity: Severity | null): string {
  if (severity === null) return 'severity not given';
  return `${severity.level} severity: ${formatNumber(severity.gap)} apart (${formatPercent(severity.relativeGap)})`;
}

/** A number written the way the source wrote a sibling: grouped when the source grouped. */
function formatLike(value: number, sibling: string): string {
  return sibling.includes(',') ? formatNumber(value) : String(value);
}

/** "At least" opens a sentence in the article; inside a report line it reads "at least". */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${formatNumber(n)} ${n === 1 ? word : pluralWord}`;
}

/** What each verdict means, for legends and summaries. */
export const KIND_MEANINGS: Readonly<Record<RelationKind, string>> = Object.freeze({
  conflict: 'same quantity and period, values that cannot both be true',
  correction: 'the same source revised its figure; the newer one supersedes',
  breakdown: 'parts set against a stated total',
  scope: 'a narrower measure or place counts no more than the wider one',
  progression: 'a running count that grew over time',
  'distinct-events': 'same measure and place, different events',
  compatible: 'different statements whose values still overlap',
  agree: 'overlapping values for the same period',
});

/** What each kind of finding means, for legends and summaries. */
export const FINDING_MEANINGS: Readonly<Record<FindingKind, string>> = Object.freeze({
  disagreement: 'sources whose figures stay apart in one direction on consecutive dates',
  correction: 'a source revised its own figure: one step each',
  breakdown: 'parts that do not add up to their stated total',
  'small-counts': "one subject's findings among counts below the small-count floor, in one line",
});
