import type { Relation } from '../../records';
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
import { acrossPlacePairs, placeLinks } from './across-places';
import { findBreakdowns } from './breakdown';
import { distinctEventRelations } from './distinct-events';
import { pairKey } from './pair-key';
import { streamsOf, type Stream } from './streams';
import type { PlacedRelation, Verdict, VerdictRule } from './verdict';
import { RelationListing, type RelationClaims } from './listing';
import { flattened } from '../describe';

/**
 * The verdict rules, in the order they are tried: the first that applies
 * to a pair gives its relation. What cannot both be true comes first (a
 * correction when one source revised itself, else a conflict); `compatible`
 * takes whatever is left. Breakdowns and distinct events are not pairs and
 * have their own finders.
 */
export const VERDICT_RULES: readonly VerdictRule[] = [correction, conflict, scope, progression, agree, compatible];

type GroupPairFinder = (
  group: GroupBuild,
  streams: readonly Stream[],
  emit: (candidate: Candidate) => void,
  settings: ReconcileSettings,
) => void;

/** The finders of pairs within a group, in order. */
const GROUP_PAIR_FINDERS: readonly GroupPairFinder[] = [neighbourPairs, contradictionPairs, acrossMeasurePairs];

export interface Related {
  /** In a stable order: by the group order of their first claim, then kind, then ids. */
  relations: Relation[];
  /** The claims of each relation, by claim index, in the relation's order. */
  claims: RelationClaims;
  /**
   * By claim index, 1 for a claim estimates must leave out: it is in a
   * conflict (it cannot be true with another), or a correction superseded it.
   */
  excluded: Uint8Array;
}

/** Every relation between the claims of the groups, each pair judged once. */
export function relate(grouping: Grouping, settings: ReconcileSettings, claimCount: number): Related {
  const listing = new RelationListing(claimCount);
  const breakdowns = findBreakdowns(grouping.groups, settings);
  for (const placed of breakdowns.relations) listing.add(placed);
  const links = placeLinks(grouping.groups, settings.lexicon);
  const linked = new Set(links.flatMap(({ narrow, wide }) => [narrow, wide]));
  // Streams are built group by group and dropped after it, unless a place link needs them later.
  const kept = new Map<GroupBuild, Stream[]>();
  for (const group of grouping.groups) {
    if (!group.comparable) continue;
    const streams = streamsOf(group);
    if (linked.has(group)) kept.set(group, streams);
    // Pairs within a group are keyed by position in the group: small numbers, one small set per group.
    const first = group.members[0]?.position ?? 0;
    const size = group.members.length;
    const judged = new Set<number | string>();
    const emit = (candidate: Candidate): void => {
      const low = Math.min(candidate.a.position, candidate.b.position) - first;
      const high = Math.max(candidate.a.position, candidate.b.position) - first;
      const key = size < 32_768 ? low * size + high : pairKey(candidate.a, candidate.b);
      if (judged.has(key)) return;
      judged.add(key);
      listing.add(judge(candidate, settings));
    };
    for (const find of GROUP_PAIR_FINDERS) find(group, streams, emit, settings);
  }
  const judgedAcross = new Set<number | string>();
  acrossPlacePairs(links, kept, breakdowns.covered, (candidate) => {
    const key = pairKey(candidate.a, candidate.b);
    if (judgedAcross.has(key)) return;
    judgedAcross.add(key);
    listing.add(judge(candidate, settings));
  });
  for (const placed of distinctEventRelations(grouping.eventSeries)) listing.add(placed);
  return { ...listing.inOrder(), excluded: listing.excluded };
}

export function judge(candidate: Candidate, settings: ReconcileSettings): PlacedRelation {
  const comparison = compare(candidate, settings);
  for (const rule of VERDICT_RULES) {
    const verdict = rule.judge(comparison);
    if (verdict !== null) return { relation: asRelation(rule.kind, verdict), claims: verdict.claims };
  }
  // `compatible` takes every pair that is not violated and `conflict` every one that is.
  throw new Error('no verdict rule applied');
}

function asRelation(kind: Relation['kind'], { claims, reason, severity }: Verdict): Relation {
  // Pairs, the common case, as literals: no callback, and one allocation site for V8 to pretenure.
  const pair = claims.length === 2;
  const a = claims[0]!;
  const b = claims[1]!;
  return {
    kind,
    claimIds: pair ? [a.id, b.id] : claims.map((c) => c.id),
    reason: flattened(reason),
    quotes: pair ? [a.claim.quote, b.claim.quote] : claims.map((c) => c.claim.quote),
    severity,
    consistent: null,
    certainty: 'established',
    missing: [],
  };
}
