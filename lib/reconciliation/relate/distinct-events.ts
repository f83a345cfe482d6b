import type { Relation } from '../../records';
import { cited, formatNumber } from '../describe';
import type { GroupBuild } from '../group';
import { isExact } from '../time';
import type { PlacedRelation } from './verdict';

/**
 * Same measure and places, different days: two strikes on Oct 26 and two on
 * Nov 12 are different events and never one figure. One relation between
 * each pair of consecutive events, through the first dated claim of each.
 */
export function distinctEventRelations(series: readonly (readonly GroupBuild[])[]): PlacedRelation[] {
  const relations: PlacedRelation[] = [];
  for (const clusters of series) {
    for (let i = 1; i < clusters.length; i++) {
      const earlier = firstDated(clusters[i - 1]!);
      const later = firstDated(clusters[i]!);
      if (earlier === undefined || later === undefined) continue;
      const days = later.time.lo - earlier.time.lo;
      const relation: Relation = {
        kind: 'distinct-events',
        claimIds: [earlier.id, later.id],
        reason: `${cited(earlier)} and ${cited(later)} are different events, ${formatNumber(days)} days apart: never one figure`,
        quotes: [earlier.claim.quote, later.claim.quote],
        severity: null,
        consistent: null,
        certainty: 'established',
        missing: [],
      };
      relations.push({ relation, claims: [earlier, later] });
    }
  }
  return relations;
}

function firstDated(cluster: GroupBuild) {
  return cluster.members.find((member) => isExact(member.time));
}
