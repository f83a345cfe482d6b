// Types of score.cjs, for the tests that import it (test/eval).
import type { Pair, Story, Unusable } from './corpus.cjs';

/** A claim as `claim-reconciler extract` prints it; the scorer reads these fields. */
export interface ScoredClaim {
  id: string;
  documentId: string;
  quote: string;
  span: { start: number; end: number } | null;
  stated: number;
  qualifier: string;
  measure: string | null;
  locations: string[];
  period: { start: string | null; end: string | null } | null;
  asOf: string | null;
  attribution: { speaker: string | null; organization: string | null } | null;
}

export interface ScoredReconciliation {
  claims: ScoredClaim[];
  relations: Array<{ kind: string; claimIds: string[]; reason?: string }>;
}

export type Attribute = 'qualifier' | 'measure' | 'locations' | 'asOf' | 'period' | 'speaker';
export const ATTRIBUTES: readonly Attribute[];

export interface Counts {
  articles: number;
  annotated: number;
  matched: number;
  missed: number;
  spurious: number;
  spansOff: number;
  conflicts: number;
  conflictsFound: number;
  reported: number;
  reportedRight: number;
  reportedFalse: number;
  reportedUnjudged: number;
  lookAlikes: number;
  lookAlikesKept: number;
  lookAlikesNotJudged: number;
  progressions: number;
  progressionsKept: number;
  progressionsNotJudged: number;
}

/** Percentages; null where nothing was there to count. */
export type Rates = Record<
  'precision' | 'recall' | 'f1' | Attribute | 'conflictsFound' | 'conflictPrecision' | 'lookAlikesKept' | 'progressionsKept',
  number | null
>;

export interface Details {
  missed: Array<{ id: string; file: string; quote: string }>;
  wrong: Array<{ id: string; attribute: Attribute; got: unknown; want: unknown; quote: string; claimId: string }>;
  spurious: Array<{ id: string; file: string; quote: string; stated: number; measure: string | null }>;
  spansOff: Array<{ id: string; quote: string; span: { start: number; end: number } | null }>;
  missedConflicts: Array<{ pair: Pair; extracted: boolean }>;
  falseConflicts: Array<{ kind: string; claims: string[]; reason?: string }>;
  flaggedLookAlikes: Pair[];
  flaggedProgressions: Pair[];
  unusableAnnotations: Unusable[];
}

export interface StoryScore {
  story: string;
  counts: Counts;
  attributes: Record<Attribute, { right: number; judged: number }>;
  rates: Rates;
  details: Details;
}

export function matchClaims(
  goldClaims: Story['gold']['claims'],
  claims: readonly ScoredClaim[],
  texts: ReadonlyMap<string, string>,
): { byGold: Map<string, ScoredClaim>; unmatched: ScoredClaim[]; spansOff: ScoredClaim[] };
export function scoreStory(story: Story, claims: readonly ScoredClaim[], reconciliation: ScoredReconciliation): StoryScore;
export function total(results: readonly StoryScore[]): Omit<StoryScore, 'details'>;
