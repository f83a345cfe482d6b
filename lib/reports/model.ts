import type {
  Claim,
  Document,
  Estimate,
  Finding,
  FindingKind,
  Group,
  Reconciliation,
  Relation,
  RelationKind,
  SeverityLevel,
} from '../records';
import { FINDING_KINDS, RELATION_KINDS } from '../records';
import { defaults } from '../config/defaults';
import { formatDate } from '../dates';
import { byTime, compareText } from './figures';

/**
 * The reconciliation indexed once for every renderer: what comes first, how
 * claims are referred to, and which relations belong to which subject. All
 * orders are fixed by explicit comparators, never by the input's order.
 */
export interface ReportModel {
  result: Reconciliation;
  claims: ReadonlyMap<string, Claim>;
  /** A short reference per claim ("C7"), numbered in the order the subjects show them. */
  refs: ReadonlyMap<string, string>;
  /** Ranked: most weight first, small-count lines last (the order reconcile() gives, re-established here). */
  findings: readonly Finding[];
  /** "F1", "F2"… in rank order. */
  findingRefs: ReadonlyMap<Finding, string>;
  /** The finding each relation belongs to. */
  findingOf: ReadonlyMap<Relation, Finding>;
  /** The relations of each finding that the reconciliation holds, in report order. */
  relationsOfFinding: ReadonlyMap<Finding, readonly Relation[]>;
  findingCounts: ReadonlyMap<FindingKind, number>;
  /** Relations whose comparability rests on a default or an unknown (certainty `needs-review`), in report order. */
  needsReview: readonly Relation[];
  /** Subjects, the ones with conflicts first. */
  groups: readonly GroupView[];
  /** Claims that no group holds (a reconciliation should have none; they are shown, not lost). */
  ungrouped: readonly Claim[];
  /** Established conflicts, most severe first. */
  conflicts: readonly Relation[];
  /** Not conflicts, but a reader should look: established corrections, and breakdowns whose parts do not add up. */
  review: readonly Relation[];
  /**
   * Differences with an explanation: scope, consistent breakdowns,
   * progressions, distinct events. Those between different outlets first
   * (what a fact-checker is after), then by verdict.
   */
  explained: readonly Relation[];
  /** Established agree and compatible. */
  agreements: readonly Relation[];
  /** Every relation, in report order: by verdict (conflict first), then by claims. */
  relations: readonly Relation[];
  /** The relations each claim takes part in, in report order. */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
  kindCounts: ReadonlyMap<RelationKind, number>;
  documents: DocumentCount;
  /** Document texts by id, when the caller gave them: for showing a quote in its sentence. */
  texts: ReadonlyMap<string, Document>;
  /** How many findings the top of the report lists. */
  topFindings: number;
}

export interface GroupView {
  group: Group;
  /** The group's claims, earliest first. */
  claims: readonly Claim[];
  /** Relations that involve at least one claim of the group, in report order. */
  relations: readonly Relation[];
  estimates: readonly Estimate[];
}

export interface DocumentCount {
  count: number;
  /**
   * "given": the documents passed to the renderer (also those without claims)
   * with any others the claims cite; "cited": only the documents the claims cite.
   */
  basis: 'given' | 'cited';
}

export interface ModelOptions {
  /** The documents the claims were extracted from: counted in the summary, and quoted in context. */
  documents?: readonly Document[];
  /** How many findings the top of the report lists; `defaults.reportTopFindings` when not given. */
  topFindings?: number;
}

/** Verdicts in the order a fact-checker needs them: disagreements first, agreements last. */
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

/** A Map, not an object: a severity level read from input must never reach Object.prototype. */
const SEVERITY_RANK: ReadonlyMap<SeverityLevel, number> = new Map([
  ['high', 0],
  ['medium', 1],
  ['low', 2],
]);

export function buildModel(result: Reconciliation, options: ModelOptions = {}): ReportModel {
  const claims = new Map<string, Claim>();
  for (const claim of result.claims) if (!claims.has(claim.id)) claims.set(claim.id, claim);
  const relations = [...result.relations].sort(byReportOrder);
  const relationsOf = indexRelations(relations);
  const groups = orderGroups(result, claims, relations);
  const grouped = new Set(groups.flatMap((view) => view.claims.map((claim) => claim.id)));
  const ungrouped = [...claims.values()].filter((claim) => !grouped.has(claim.id)).sort(byTime);
  const findings = [...(result.findings ?? [])].sort(byFindingRank);
  const { findingOf, relationsOfFinding } = indexFindings(findings, result.relations);
  const established = relations.filter((r) => r.certainty !== 'needs-review');
  return {
    result,
    claims,
    refs: numberClaims([...groups.flatMap((view) => view.claims), ...ungrouped]),
    findings,
    findingRefs: new Map(findings.map((finding, i) => [finding, `F${i + 1}`])),
    findingOf,
    relationsOfFinding,
    findingCounts: countFindings(findings),
    needsReview: relations.filter((r) => r.certainty === 'needs-review'),
    groups,
    ungrouped,
    conflicts: established.filter((r) => r.kind === 'conflict').sort(bySeverity),
    review: established.filter(needsReview),
    explained: explainedDifferences(established, claims),
    agreements: established.filter((r) => r.kind === 'agree' || r.kind === 'compatible'),
    relations,
    relationsOf,
    kindCounts: countKinds(relations),
    documents: countDocuments(result, options.documents),
    texts: new Map((options.documents ?? []).map((document) => [document.id, document])),
    topFindings: options.topFindings ?? defaults.reportTopFindings,
  };
}

/** Conflicts, most severe first; ties by relative gap, then by the claims, so the order is stable. */
export function bySeverity(a: Relation, b: Relation): number {
  const rank = (r: Relation) => (r.severity ? (SEVERITY_RANK.get(r.severity.level) ?? 3) : 4);
  return (
    rank(a) - rank(b) ||
    (b.severity?.relativeGap ?? 0) - (a.severity?.relativeGap ?? 0) ||
    compareText(a.claimIds.join(' '), b.claimIds.join(' '))
  );
}

/**
 * Findings by rank, as reconcile() orders them: most weight first, then the
 * more severe, then the widest gap, then id; small-count lines last.
 */
export function byFindingRank(a: Finding, b: Finding): number {
  const noise = (f: Finding) => Number(f.kind === 'small-counts');
  const level = (f: Finding) => SEVERITY_RANK.get(f.level) ?? 3;
  return (
    noise(a) - noise(b) ||
    b.weight - a.weight ||
    level(a) - level(b) ||
    b.gap.largestRelative - a.gap.largestRelative ||
    compareText(a.id, b.id)
  );
}

/** Each finding's relations (positions in the reconciliation's own list), and the finding of each relation. */
function indexFindings(
  findings: readonly Finding[],
  relations: readonly Relation[],
): { findingOf: Map<Relation, Finding>; relationsOfFinding: Map<Finding, Relation[]> } {
  const findingOf = new Map<Relation, Finding>();
  const relationsOfFinding = new Map<Finding, Relation[]>();
  for (const finding of findings) {
    const own = finding.relationIndexes.map((index) => relations[index]).filter((r): r is Relation => r !== undefined);
    for (const relation of own) if (!findingOf.has(relation)) findingOf.set(relation, finding);
    relationsOfFinding.set(finding, own.sort(byReportOrder));
  }
  return { findingOf, relationsOfFinding };
}

function countFindings(findings: readonly Finding[]): Map<FindingKind, number> {
  const counts = new Map<FindingKind, number>(FINDING_KINDS.map((kind) => [kind, 0]));
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return counts;
}

export function byReportOrder(a: Relation, b: Relation): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.kind === 'conflict' ? bySeverity(a, b) : 0) ||
    compareText(a.claimIds.join(' '), b.claimIds.join(' ')) ||
    compareText(a.reason, b.reason)
  );
}

const EXPLAINED: ReadonlySet<RelationKind> = new Set(['breakdown', 'scope', 'progression', 'distinct-events']);

function explainedDifferences(relations: readonly Relation[], claims: ReadonlyMap<string, Claim>): Relation[] {
  const outlets = (relation: Relation) =>
    new Set(relation.claimIds.map((id) => claims.get(id)?.source.name ?? claims.get(id)?.documentId ?? id)).size;
  const ranked = relations
    .filter((relation) => EXPLAINED.has(relation.kind) && !needsReview(relation))
    .map((relation, order) => ({ relation, order, crossSource: outlets(relation) > 1 ? 0 : 1 }));
  ranked.sort(
    (a, b) =>
      a.crossSource - b.crossSource || KIND_ORDER.indexOf(a.relation.kind) - KIND_ORDER.indexOf(b.relation.kind) || a.order - b.order,
  );
  return ranked.map((entry) => entry.relation);
}

function needsReview(relation: Relation): boolean {
  return relation.kind === 'correction' || (relation.kind === 'breakdown' && relation.consistent === false);
}

/** The claims of a relation that the reconciliation holds, in the relation's order. */
export function claimsOf(relation: Relation, model: Pick<ReportModel, 'claims'>): Claim[] {
  return relation.claimIds.map((id) => model.claims.get(id)).filter((claim): claim is Claim => claim !== undefined);
}

/** "C7"; for an id the reconciliation holds no claim for, the id itself, which renderers escape like any input. */
export function refOf(id: string, model: Pick<ReportModel, 'refs'>): string {
  return model.refs.get(id) ?? id;
}

/** "facilities · Syria · event of Oct 26, 2023": what a subject counts, where, and for one-off events when. */
export function groupTitle(group: Group): string {
  const places = group.locations.length > 0 ? group.locations.join(', ') : 'no place named';
  const event = group.eventDate === null ? '' : ` · event of ${formatDate(group.eventDate)}`;
  return `${group.measure ?? 'unknown measure'} · ${places}${event}`;
}

function indexRelations(relations: readonly Relation[]): Map<string, Relation[]> {
  const index = new Map<string, Relation[]>();
  for (const relation of relations) {
    for (const id of new Set(relation.claimIds)) {
      const list = index.get(id) ?? [];
      list.push(relation);
      index.set(id, list);
    }
  }
  return index;
}

interface RankedView extends GroupView {
  conflicts: number;
  toReview: number;
}

/** Linear in claims and relations: each relation is handed to the groups of its claims, never searched for. */
function orderGroups(result: Reconciliation, claims: ReadonlyMap<string, Claim>, relations: readonly Relation[]): GroupView[] {
  const estimatesByGroup = new Map<string, Estimate[]>();
  for (const estimate of result.estimates) {
    const list = estimatesByGroup.get(estimate.groupId) ?? [];
    list.push(estimate);
    estimatesByGroup.set(estimate.groupId, list);
  }
  const groupsOfClaim = new Map<string, number[]>();
  result.groups.forEach((group, index) => {
    for (const id of group.claimIds) {
      const list = groupsOfClaim.get(id) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      groupsOfClaim.set(id, list);
    }
  });
  const relationsOfGroup: Relation[][] = result.groups.map(() => []);
  for (const relation of relations) {
    const touched = new Set(relation.claimIds.flatMap((id) => groupsOfClaim.get(id) ?? []));
    for (const index of touched) relationsOfGroup[index]?.push(relation);
  }
  const views = result.groups.map((group, index): RankedView => {
    const own = relationsOfGroup[index] ?? [];
    return {
      group,
      claims: group.claimIds
        .map((id) => claims.get(id))
        .filter((c): c is Claim => c !== undefined)
        .sort(byTime),
      relations: own,
      estimates: (estimatesByGroup.get(group.id) ?? []).sort(byEstimateOrder),
      conflicts: own.filter((r) => r.kind === 'conflict').length,
      toReview: own.filter(needsReview).length,
    };
  });
  return views
    .sort(byGroupOrder)
    .map(({ group, claims: members, relations: own, estimates }) => ({ group, claims: members, relations: own, estimates }));
}

/** Subjects with conflicts first, then those to review, then the biggest; ties by measure, places, date, id. */
function byGroupOrder(a: RankedView, b: RankedView): number {
  return (
    b.conflicts - a.conflicts ||
    b.toReview - a.toReview ||
    b.claims.length - a.claims.length ||
    compareText(a.group.measure ?? '', b.group.measure ?? '') ||
    compareText(a.group.locations.join(','), b.group.locations.join(',')) ||
    compareText(a.group.eventDate ?? '', b.group.eventDate ?? '') ||
    compareText(a.group.id, b.group.id)
  );
}

function byEstimateOrder(a: Estimate, b: Estimate): number {
  return compareText(a.asOf ?? '9999-12-31', b.asOf ?? '9999-12-31') || compareText(a.measure ?? '', b.measure ?? '');
}

function numberClaims(ordered: readonly Claim[]): Map<string, string> {
  const refs = new Map<string, string>();
  for (const claim of ordered) if (!refs.has(claim.id)) refs.set(claim.id, `C${refs.size + 1}`);
  return refs;
}

function countKinds(relations: readonly Relation[]): Map<RelationKind, number> {
  const counts = new Map<RelationKind, number>(RELATION_KINDS.map((kind) => [kind, 0]));
  for (const relation of relations) counts.set(relation.kind, (counts.get(relation.kind) ?? 0) + 1);
  return counts;
}

function countDocuments(result: Reconciliation, documents: readonly Document[] | undefined): DocumentCount {
  const ids = new Set(result.claims.map((claim) => claim.documentId));
  if (documents === undefined || documents.length === 0) return { count: ids.size, basis: 'cited' };
  for (const document of documents) ids.add(document.id);
  return { count: ids.size, basis: 'given' };
}

/**
 * The relation that shows a finding best: for a disagreement, the conflict
 * with the widest gap (the first in report order among equals); otherwise its
 * one relation.
 */
export function evidenceOf(finding: Finding, model: Pick<ReportModel, 'relationsOfFinding'>): Relation | undefined {
  const relations = model.relationsOfFinding.get(finding) ?? [];
  let best: Relation | undefined;
  for (const relation of relations) {
    if (relation.kind === 'agree' || relation.kind === 'compatible') continue;
    if (best === undefined || (relation.severity?.gap ?? 0) > (best.severity?.gap ?? 0)) best = relation;
  }
  return best ?? relations[0];
}

/** "C3–C9, C12": the claims of a finding by their references, consecutive ones as ranges; ids without a claim as themselves. */
export function refRanges(ids: readonly string[], model: Pick<ReportModel, 'refs'>): string {
  const numbers: number[] = [];
  const others: string[] = [];
  for (const id of ids) {
    const ref = model.refs.get(id);
    if (ref === undefined) others.push(id);
    else numbers.push(Number(ref.slice(1)));
  }
  numbers.sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    ranges.push(j === i ? `C${numbers[i]}` : `C${numbers[i]}–C${numbers[j]}`);
    i = j;
  }
  return [...ranges, ...others.sort(compareText)].join(', ');
}
