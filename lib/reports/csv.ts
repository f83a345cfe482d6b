import type { Claim, Estimate, Finding, Relation } from '../records';
import { figureWithMeasure, outletOf, speakerOf } from './figures';
import { claimsOf, groupTitle, type ReportModel } from './model';
import { csvCell } from './spreadsheet-cell';

/**
 * Findings, relations and estimates as one table for spreadsheets: one row
 * per finding (most weight first), then per relation (conflicts first), then
 * per estimate; the `record` column says which, and a relation's `finding`
 * names the finding it belongs to. A relation's claims, figures, outlets and
 * quotes sit in one cell each, joined by " | " in the relation's order; a
 * finding's sources, side by side. The columns after `high` came with
 * findings, so that sheets made before keep their columns. RFC 4180: CRLF
 * line ends, every text field quoted and made inert as a formula
 * (spreadsheet-cell.ts).
 */
export const CSV_COLUMNS = [
  'record',
  'kind',
  'severity',
  'gap',
  'relative_gap',
  'consistent',
  'subject',
  'measure',
  'locations',
  'claim_ids',
  'figures',
  'as_of',
  'said_by',
  'outlets',
  'quotes',
  'reason',
  'policy',
  'low',
  'best',
  'high',
  'finding',
  'start',
  'end',
  'days',
  'dates',
  'typical_gap',
  'typical_relative_gap',
  'direction',
  'pattern',
  'weight',
  'certainty',
  'missing',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null>>;

const JOIN = ' | ';

export function renderCsv(model: ReportModel): string {
  const groupOfClaim = new Map<string, string>();
  for (const view of model.groups) for (const claim of view.claims) groupOfClaim.set(claim.id, groupTitle(view.group));
  const titles = new Map(model.groups.map((view) => [view.group.id, groupTitle(view.group)]));
  const rows: Row[] = [
    ...model.findings.map((finding) => findingRow(finding, titles)),
    ...model.relations.map((relation) => relationRow(relation, model, groupOfClaim)),
    ...model.groups.flatMap((view) => view.estimates.map((estimate) => estimateRow(estimate, titles))),
  ];
  // the header is our own column names, bare as before; every cell from a record goes through csvCell
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function relationRow(relation: Relation, model: ReportModel, groupOfClaim: ReadonlyMap<string, string>): Row {
  const claims = claimsOf(relation, model);
  const subjects = [...new Set(relation.claimIds.map((id) => groupOfClaim.get(id) ?? ''))].filter((s) => s !== '');
  const measures = [...new Set(claims.map((claim) => claim.measure ?? ''))].filter((m) => m !== '');
  const places = [...new Set(claims.flatMap((claim) => claim.locations))].sort();
  return {
    record: 'relation',
    kind: relation.kind,
    severity: relation.severity?.level ?? null,
    gap: relation.severity?.gap ?? null,
    relative_gap: relation.severity ? round(relation.severity.relativeGap) : null,
    consistent: relation.consistent,
    subject: subjects.join(JOIN),
    measure: measures.join(JOIN),
    locations: places.join(', '),
    claim_ids: relation.claimIds.join(JOIN),
    figures: claims.map(figureWithMeasure).join(JOIN),
    as_of: claims.map(isoAsOf).join(JOIN),
    said_by: joinUnlessEmpty(claims.map((claim) => speakerOf(claim) ?? '')),
    outlets: claims.map(outletOf).join(JOIN),
    quotes: relation.quotes.join(JOIN),
    reason: relation.reason,
    finding: findingId(model.findingOf.get(relation)),
    certainty: relation.certainty,
    missing: relation.missing.join(JOIN),
  };
}

function findingId(finding: Finding | undefined): string | null {
  return finding === undefined ? null : finding.id;
}

/** A finding: `severity` holds its level, `gap` and `relative_gap` its largest gap, `outlets` its sides' sources. */
function findingRow(finding: Finding, titles: ReadonlyMap<string, string>): Row {
  return {
    record: 'finding',
    kind: finding.kind,
    severity: finding.level,
    gap: finding.gap.largest,
    relative_gap: round(finding.gap.largestRelative),
    subject: finding.groupIds.map((id) => titles.get(id) ?? id).join(JOIN),
    measure: finding.measure,
    locations: finding.locations.join(', '),
    claim_ids: finding.claimIds.join(JOIN),
    outlets: finding.sides.map((side) => side.sources.join(', ')).join(JOIN),
    reason: finding.summary,
    finding: finding.id,
    start: finding.start,
    end: finding.end,
    days: finding.days,
    dates: finding.dates,
    typical_gap: finding.gap.typical,
    typical_relative_gap: round(finding.gap.typicalRelative),
    direction: finding.direction,
    pattern: finding.pattern,
    weight: finding.weight,
  };
}

function estimateRow(estimate: Estimate, titles: ReadonlyMap<string, string>): Row {
  return {
    record: 'estimate',
    subject: titles.get(estimate.groupId) ?? estimate.groupId,
    measure: estimate.measure,
    as_of: estimate.asOf,
    claim_ids: [...new Set([...estimate.support.low, ...estimate.support.best, ...estimate.support.high])].join(JOIN),
    policy: estimate.policy,
    low: estimate.low,
    best: estimate.best,
    high: estimate.high,
  };
}

/** ISO dates sort and parse in every spreadsheet; a bounded as-of date is an ISO 8601 interval, "2023-10-17/2023-10-31". */
function isoAsOf(claim: Claim): string {
  if (claim.asOf !== null) return claim.asOf;
  const bounds = claim.asOfBounds;
  return bounds === null ? '' : `${bounds.start ?? '..'}/${bounds.end ?? '..'}`;
}

function joinUnlessEmpty(items: readonly string[]): string {
  return items.every((item) => item === '') ? '' : items.join(JOIN);
}

/** Six decimals: enough for a ratio, and the same text on every machine. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
