import { formatDate, type Claim, type Relation, type Rejected } from '../index';

/*
 * Failure messages that read like the discrepancy report: figures, sources,
 * dates and quotes, never object dumps. Numbers are grouped by hand and
 * dates go through formatDate, so messages do not depend on the locale.
 */

/** "1,234,567": grouped with commas whatever the machine's locale. */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function figureOf(claim: Claim): string {
  if (claim.qualifier === 'range' && claim.upper !== null) return `${claim.statedText}–${groupDigits(claim.upper)}`;
  return claim.hedge === null ? claim.statedText : `${claim.hedge} ${claim.statedText}`;
}

function subjectOf(claims: readonly Claim[]): string {
  const first = claims[0];
  if (!first) return 'unknown subject';
  const measure = first.subMeasure ?? first.measure ?? first.measureText ?? 'unknown measure';
  return first.locations.length > 0 ? `${measure} in ${first.locations.join(', ')}` : measure;
}

function severityOf(conflict: Relation): string {
  const severity = conflict.severity;
  if (severity === null) return 'severity unknown';
  const percent = (severity.relativeGap * 100).toFixed(1);
  return `${severity.level} severity, ${percent}% apart (gap ${groupDigits(Number(severity.gap.toFixed(2)))})`;
}

export function claimLine(claim: Claim): string {
  const source = claim.source.name ?? claim.documentId;
  const when = claim.asOf === null ? 'date unknown' : `as of ${formatDate(claim.asOf)}`;
  return `${source}, ${when}: ${figureOf(claim)} “${claim.quote}” [${claim.id}]`;
}

/** One conflict as a numbered report entry: the headline, each claim with its source, date and quote, and the reason. */
export function describeConflict(conflict: Relation, claims: readonly Claim[], number: number): string {
  const versus = claims.map((claim) => `${figureOf(claim)} (${claim.source.name ?? claim.documentId})`).join(' vs ');
  const lines = [`${number}. ${subjectOf(claims)}: ${versus}, ${severityOf(conflict)}`];
  for (const claim of claims) lines.push(`   - ${claimLine(claim)}`);
  lines.push(`   Why: ${conflict.reason}`);
  return lines.join('\n');
}

/** A list cut at `limit` entries, saying how many more there are. */
export function limited(entries: readonly string[], limit: number): string {
  const shown = entries.slice(0, limit);
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\n… and ${more} more` : shown.join('\n');
}

export function describeRejected(rejected: Rejected): string {
  return `  - ${rejected.reason}`;
}

export function plural(count: number, noun: string): string {
  return `${groupDigits(count)} ${noun}${count === 1 ? '' : 's'}`;
}
