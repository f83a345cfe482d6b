import type { Relation } from '../../records';
import type { ClaimFacts } from '../facts';
import type { Grouping } from '../group';
import type { ReconcileSettings } from '../settings';
import type { FindingInput } from './draft';

/** What the finding rules read, from the output of relate: relations, their facts, and each claim's group. */
export function findingInput(
  relations: readonly Relation[],
  relationClaims: readonly (readonly ClaimFacts[])[],
  facts: readonly ClaimFacts[],
  grouping: Grouping,
  settings: ReconcileSettings,
): FindingInput {
  const groupByClaim = new Int32Array(facts.length);
  grouping.groups.forEach((group, g) => {
    for (const member of group.members) groupByClaim[member.index] = g;
  });
  return {
    relations,
    claimCount: facts.length,
    claimsOf: (index) => relationClaims[index]!,
    groupOf: (claim) => grouping.groups[groupByClaim[claim.index]!]!,
    settings,
  };
}
