import type { Claim, Relation, RelationKind } from '../records';
import { formatDate } from '../dates';

/** A figure as the source wrote it: "at least 19", "about 2,500", "between 10 and 12". */
export function figureAsWritten(claim: Claim): string {
  if (claim.qualifier === 'range' && claim.upper !== null) {
    return claim.hedge ? `${claim.hedge} ${claim.statedText}–${claim.upper}` : `${claim.statedText}–${claim.upper}`;
  }
  return claim.hedge ? `${claim.hedge} ${claim.statedText}` : claim.statedText;
}

/** "at least 19 attacks": the figure with what it counts. */
export function figureWithMeasure(claim: Claim): string {
  const measure = claim.subMeasure ?? claim.measure ?? claim.measureText ?? '(unknown measure)';
  return `${figureAsWritten(claim)} ${measure}`;
}

/** Who said it: speaker, organisation and outlet, as far as they are known. */
export function whoSaid(claim: Claim): string {
  const parts: string[] = [];
  if (claim.attribution?.speaker) parts.push(claim.attribution.speaker);
  if (claim.attribution?.organization && claim.attribution.organization !== claim.attribution.speaker) {
    parts.push(claim.attribution.organization);
  }
  const outlet = claim.source.name ?? claim.documentId;
  return parts.length > 0 ? `${parts.join(', ')} via ${outlet}` : outlet;
}

/** The date a figure holds on, or what is known of it. */
export function whenValid(claim: Claim): string {
  if (claim.asOf !== null) return formatDate(claim.asOf);
  const bounds = claim.asOfBounds;
  if (bounds && (bounds.start !== null || bounds.end !== null)) {
    if (bounds.start !== null && bounds.end !== null) return `between ${formatDate(bounds.start)} and ${formatDate(bounds.end)}`;
    return bounds.start !== null ? `after ${formatDate(bounds.start)}` : `before ${formatDate(bounds.end)}`;
  }
  return 'date unknown';
}

/** The period a figure counts over, when it has one. */
export function periodText(claim: Claim): string | null {
  const period = claim.period;
  if (!period || (period.start === null && period.end === null)) return null;
  if (period.start !== null && period.end !== null) return `${formatDate(period.start)} – ${formatDate(period.end)}`;
  return period.start !== null ? `since ${formatDate(period.start)}` : `until ${formatDate(period.end)}`;
}

export const KIND_ORDER: readonly RelationKind[] = [
  'conflict',
  'correction',
  'breakdown',
  'scope',
  'progression',
  'distinct-events',
  'compatible',
  'agree',
];

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Conflicts, most severe first; ties by relative gap, then by ids, so the order is stable. */
export function bySeverity(a: Relation, b: Relation): number {
  const rank = (r: Relation) => (r.severity ? SEVERITY_RANK[r.severity.level] : 3);
  return (
    rank(a) - rank(b) ||
    (b.severity?.relativeGap ?? 0) - (a.severity?.relativeGap ?? 0) ||
    a.claimIds.join(' ').localeCompare(b.claimIds.join(' '))
  );
}
