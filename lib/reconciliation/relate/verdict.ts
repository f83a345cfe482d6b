import type { Relation, RelationKind, Severity } from '../../records';
import type { ClaimFacts } from '../facts';
import type { Comparison } from './compare';

/** A rule's finding on a pair: the claims in the order its reason names them. */
export interface Verdict {
  claims: readonly ClaimFacts[];
  reason: string;
  severity: Severity | null;
}

/** One verdict, one file: `judge` answers null when the rule does not apply to the pair. */
export interface VerdictRule {
  kind: RelationKind;
  judge(comparison: Comparison): Verdict | null;
}

/** A relation with the facts of its claims, in its order: listing and estimates need no lookup by id. */
export interface PlacedRelation {
  relation: Relation;
  claims: readonly ClaimFacts[];
}
