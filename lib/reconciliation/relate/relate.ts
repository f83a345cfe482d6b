import { RELATION_KINDS, type Relation } from '../../records';
import { compareText, type ClaimFacts } from '../facts';
import type { GroupBuild, Grouping } from '../group';
import type { ReconcileSettings } from '../settings';
import { compare, type Candidate } from './compare';
import { agree } from './agree';
import { compatible } from './compatible';
import { conflict } from './conflict';
import { correction } from './correction';
import { progression } from './progression';
import { scope } from './scope';
import { neighbourPairs } from './neighbours';
import { contradictionPairs } from './contradictions';
import { acrossMeasurePairs } from './across-measures';
import { acrossPlacePairs } from './across-places';
import { findBreakdowns } from './breakdown';
import { distinctEventRelations } from './distinct-events';
import { pairKey } from './pair-key';
import { streamsOf, type Stream } from './streams';
import type { VerdictRule } from './verdict';

/**
 * The verdict rules, in the order they are tried: the first that applies
 * to a pair gives its relation. What cannot both be true comes first (a
 * correction when one source revised itself, else a conflict); `compatible`
 * takes whatever is left. Breakdowns and distinct events are not pairs and
 * have their own finders.
 */
export const VERDICT_RULES: readonly VerdictRule[] = [correction, conflict, scope, progression, agree, compatible];

type GroupPairFinder = (group: GroupBuild, streams: readonly Stream[], emit: (candidate: Candidate) => void, settings: ReconcileSettings) => void;

/** The finders of pairs within a group, in order. */
const GROUP_PAIR_FINDERS: readonly GroupPairFinder[] = [neighbourPairs, contradictionPairs, acrossMeasurePairs];

/** Every relation between the claims of the groups, each pair judged once, in a stable order. */
export function relate(grouping: Grouping, settings: ReconcileSettings): Relation[] {
  const streams = new Map<GroupBuild, Stream[]>();
  for (const group of grouping.groups) streams.set(group, streamsOf(group));
  const breakdowns = findBreakdowns(grouping.groups, settings);
  const relations: Relation[] = [...breakdowns.relations];
  const judged = new Set<string>();
  const emit = (candidate: Candidate): void => {
    const key = pairKey(candidate.a.id, candidate.b.id);
    if (judged.has(key)) return;
    judged.add(key);
    relations.push(judge(candidate, settings));
  };
  for (const group of grouping.groups) {
    const own = streams.get(group)!;
    for (const find of GROUP_PAIR_FINDERS) find(group, own, emit, settings);
  }
  acrossPlacePairs(grouping.groups, streams, breakdowns.covered, settings.lexicon, emit);
  relations.push(...distinctEventRelations(grouping.eventSeries));
  return sortRelations(relations, grouping.groups);
}

export function judge(candidate: Candidate, settings: ReconcileSettings): Relation {
  const comparison = compare(candidate, settings);
  for (const rule of VERDICT_RULES) {
    const verdict = rule.judge(comparison);
    if (verdict !== null) return asRelation(rule.kind, verdict.claims, verdict.reason, verdict.severity);
  }
  // `compatible` takes every pair that is not violated and `conflict` every one that is.
  throw new Error('no verdict rule applied');
}

function asRelation(kind: Relation['kind'], claims: readonly ClaimFacts[], reason: string, severity: Relation['severity']): Relation {
  return {
    kind,
    claimIds: claims.map((c) => c.id),
    reason,
    quotes: claims.map((c) => c.claim.quote),
    severity,
    consistent: null,
  };
}

const KIND_RANK = new Map(RELATION_KINDS.map((kind, i) => [kind, i]));

/** By the group of the first claim (in group order), then that claim's place in its group, then kind and ids. */
function sortRelations(relations: Relation[], groups: readonly GroupBuild[]): Relation[] {
  const position = new Map<string, number>();
  let next = 0;
  for (const group of groups) for (const id of group.group.claimIds) position.set(id, next++);
  const keyed = relations.map((relation) => ({
    relation,
    at: position.get(relation.claimIds[0]!) ?? 0,
    rank: KIND_RANK.get(relation.kind) ?? 0,
    ids: relation.claimIds.join('\u0000'),
  }));
  keyed.sort((a, b) => a.at - b.at || a.rank - b.rank || compareText(a.ids, b.ids));
  return keyed.map((entry) => entry.relation);
}
