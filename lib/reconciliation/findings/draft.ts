import type { FindingKind, FindingPattern, Relation, RelationKind } from '../../records';
import type { ClaimFacts } from '../facts';
import type { GroupBuild } from '../group';
import type { ReconcileSettings } from '../settings';

/** One side of a finding under construction: its claims, duplicates allowed until the finding is built. */
export interface DraftSide {
  claims: ClaimFacts[];
}

/**
 * A finding before it is ranked and named: the facts of its claims, day
 * numbers and positions of relations. `toFindings` turns it into the record.
 */
export interface DraftFinding {
  kind: FindingKind;
  /** The group that names the subject: the wider one when a part is set against its whole. */
  subject: GroupBuild;
  /** Every group its claims belong to. */
  groups: GroupBuild[];
  /** None (small counts) or two; `direction` is where the first stands against the second. */
  sides: DraftSide[];
  direction: 'below' | 'above' | null;
  /** The days the figures differ on, as day numbers in ascending order; empty when undated. */
  days: number[];
  /** The gap on each of those days (on each difference, when undated), and the same as a share of the larger figure. */
  gaps: number[];
  relativeGaps: number[];
  /** The larger of the two figures on each of those days: what the ranking reads a gap against. */
  scales: number[];
  pattern: FindingPattern | null;
  /** Positions in the listed relations; duplicates allowed. */
  relations: number[];
  claims: ClaimFacts[];
  /** The largest figure any of its claims states: what the small-count floor is read against. */
  scale: number;
  /** For a small-counts line: the findings it stands for. */
  merged: DraftFinding[];
}

/** What the finding rules read: the relations in their listed order, and the facts behind them. */
export interface FindingInput {
  relations: readonly Relation[];
  /** How many claims there are: claim indexes run from 0 to claimCount - 1. */
  claimCount: number;
  /** The positions of the relations of one kind, ascending: each rule reads only its own kind. */
  indexesOf(kind: RelationKind): readonly number[];
  /** The facts of a relation's claims, in the relation's order. */
  claimsOf(index: number): readonly ClaimFacts[];
  groupOf(facts: ClaimFacts): GroupBuild;
  settings: ReconcileSettings;
}

/** One kind of finding, one file: each rule reads the relations and proposes findings of its kind. */
export interface FindingRule {
  kind: FindingKind;
  find(input: FindingInput): DraftFinding[];
}

/** A step over every proposed finding, after the rules, before ranking. */
export type FindingRefiner = (drafts: DraftFinding[], input: FindingInput) => DraftFinding[];

/** The largest figure a claim states, as a magnitude. */
export function magnitudeOf(facts: ClaimFacts): number {
  const { stated, upper } = facts.claim;
  return Math.max(Math.abs(stated), Math.abs(upper ?? 0));
}

/**
 * The day a claim's figure holds on, as a day number: its known date, else
 * the latest (or earliest) its bounds allow; null when nothing bounds it.
 */
export function dayOf(facts: ClaimFacts): number | null {
  const { lo, hi } = facts.time;
  if (lo === hi) return lo;
  if (Number.isFinite(hi)) return hi;
  return Number.isFinite(lo) ? lo : null;
}
