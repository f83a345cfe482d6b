import type { Finding, FindingSide, SeverityLevel } from '../../records';
import { compareText, type ClaimFacts } from '../facts';
import { isoOfDay } from '../time';
import type { DraftFinding, FindingInput } from './draft';
import { gapOf, weightOf } from './statistics';
import { sourcesOf, summaryOf } from './summary';

const LEVEL_RANK: ReadonlyMap<SeverityLevel, number> = new Map([
  ['high', 0],
  ['medium', 1],
  ['low', 2],
]);

/**
 * Turn proposed findings into records, ranked: by weight (how much and how
 * long a reader's number would be off, see weightOf), then level, then
 * widest gap, then id; small-count lines after all the others.
 * Ids come from content, so the same input always names its findings alike.
 */
export function toFindings(drafts: readonly DraftFinding[], input: FindingInput): Finding[] {
  const built = drafts.map((draft) => build(draft, input));
  assignIds(built);
  built.sort(byRank);
  return built.map(({ finding }) => finding);
}

interface Built {
  finding: Finding;
  key: string;
  /** Tells apart findings whose ids would read the same. */
  tiebreak: string;
}

function build(draft: DraftFinding, input: FindingInput): Built {
  const days = [...new Set(draft.days)].sort((a, b) => a - b);
  const gap = gapOf(draft.gaps, draft.relativeGaps);
  const span = days.length === 0 ? 0 : days[days.length - 1]! - days[0]! + 1;
  const start = days.length === 0 ? null : isoOfDay(days[0]!);
  const end = days.length === 0 ? null : isoOfDay(days[days.length - 1]!);
  const { severityHigh, severityMedium } = input.settings;
  const level: SeverityLevel =
    draft.kind === 'small-counts'
      ? 'low'
      : gap.typicalRelative >= severityHigh
        ? 'high'
        : gap.typicalRelative >= severityMedium
          ? 'medium'
          : 'low';
  const sides = draft.sides.map(sideOf);
  const groups = [...new Set(draft.groups)].map((group) => group.group.id).sort(compareText);
  const finding: Finding = {
    id: '',
    kind: draft.kind,
    summary: summaryOf(draft, gap, days, input.settings.findingCountFloor),
    groupIds: groups,
    measure: draft.subject.group.measure,
    locations: [...draft.subject.group.locations],
    sides,
    direction: draft.direction,
    start,
    end,
    days: span,
    dates: days.length === 0 ? draft.gaps.length : days.length,
    gap,
    pattern: draft.pattern,
    level,
    weight: weightOf(draft.gaps, draft.scales, span, input.settings.findingCountFloor),
    relationIndexes: [...new Set(draft.relations)].sort((a, b) => a - b),
    claimIds: idsOf(draft.claims),
  };
  const key =
    draft.kind === 'small-counts'
      ? `${draft.kind}:${draft.subject.group.id}`
      : `${draft.kind}:${draft.subject.group.id}:${start ?? 'undated'}`;
  const tiebreak = JSON.stringify([end, sides.map((side) => side.sources), finding.relationIndexes[0] ?? -1]);
  return { finding, key, tiebreak };
}

function sideOf(side: { claims: readonly ClaimFacts[] }): FindingSide {
  return { sources: sourcesOf(side.claims), claimIds: idsOf(side.claims) };
}

/** Claim indexes follow id order: sorting by index sorts by id. */
function idsOf(claims: readonly ClaimFacts[]): string[] {
  const unique = new Map<number, string>();
  for (const claim of claims) unique.set(claim.index, claim.id);
  return [...unique.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

function assignIds(built: Built[]): void {
  const byKey = new Map<string, Built[]>();
  for (const entry of built) {
    const list = byKey.get(entry.key);
    if (list) list.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  for (const [key, list] of byKey) {
    list.sort((a, b) => compareText(a.tiebreak, b.tiebreak));
    list.forEach((entry, i) => (entry.finding.id = i === 0 ? key : `${key}#${i + 1}`));
  }
}

function byRank(a: Built, b: Built): number {
  const noise = (entry: Built) => Number(entry.finding.kind === 'small-counts');
  const x = a.finding;
  const y = b.finding;
  return (
    noise(a) - noise(b) ||
    y.weight - x.weight ||
    LEVEL_RANK.get(x.level)! - LEVEL_RANK.get(y.level)! ||
    y.gap.largestRelative - x.gap.largestRelative ||
    compareText(x.id, y.id)
  );
}
