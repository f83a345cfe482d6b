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
  // Grouping numbers claims group after group (ClaimFacts.position): a claim's group is the last that starts at or before it.
  const starts = Int32Array.from(grouping.groups, (group) => group.members[0]?.position ?? -1);
  const groupOf = (claim: ClaimFacts) => {
    let left = 0;
    let right = starts.length;
    while (left < right) {
      const mid = (left + right) >> 1;
      if (starts[mid]! <= claim.position) left = mid + 1;
      else right = mid;
    }
    return grouping.groups[left - 1]!;
  };
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
    groupOf,
    settings,
  };
}
