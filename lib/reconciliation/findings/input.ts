import type { Relation, RelationKind } from '../../records';
import type { ClaimFacts } from '../facts';
import type { Grouping } from '../group';
import type { ReconcileSettings } from '../settings';
import type { RelationClaims } from '../relate/listing';
import type { FindingInput } from './draft';

/**
 * What the finding rules read, from the output of relate: relations, their
 * claims' facts (facts[i] is the claim of index i: facts are in id order), and
 * each claim's group.
 */
export function findingInput(
  relations: readonly Relation[],
  relationClaims: RelationClaims,
  facts: readonly ClaimFacts[],
  grouping: Grouping,
  settings: ReconcileSettings,
): FindingInput {
  const groupByClaim = new Int32Array(facts.length);
  grouping.groups.forEach((group, g) => {
    for (const member of group.members) groupByClaim[member.index] = g;
  });
  // One pass sorts the relations by kind: the rules then never walk the progressions and agreements they do not read.
  const byKind = new Map<RelationKind, number[]>();
  relations.forEach((relation, index) => {
    const list = byKind.get(relation.kind);
    if (list) list.push(index);
    else byKind.set(relation.kind, [index]);
  });
  return {
    relations,
    indexesOf: (kind) => byKind.get(kind) ?? [],
    claimCount: facts.length,
    claimsOf: (index) => {
      const larger = relationClaims.larger.get(index);
      if (larger !== undefined) return larger.map((claim) => facts[claim]!);
      return [facts[relationClaims.pairs[2 * index]!]!, facts[relationClaims.pairs[2 * index + 1]!]!];
    },
    groupOf: (claim) => grouping.groups[groupByClaim[claim.index]!]!,
    settings,
  };
}
