import type { Estimate, EstimatePolicy, Relation } from '../records';
import { compareText, type ClaimFacts } from './facts';
import type { GroupBuild } from './group';
import { independentClaims } from './independence';
import { POLICIES } from './policies';
import { isExact, isoOfDay } from './time';

/**
 * For each group, measure and as-of date, what the consistent claims allow
 * under the chosen policy. Claims in a conflict are left out (they cannot
 * all be true), and so is the older side of a correction (superseded).
 * Undated claims share one estimate with `asOf: null`; an event's claims
 * share the event's date.
 */
export function estimate(groups: readonly GroupBuild[], relations: readonly Relation[], policy: EstimatePolicy): Estimate[] {
  const excluded = new Set<string>();
  for (const relation of relations) {
    if (relation.kind === 'conflict') for (const id of relation.claimIds) excluded.add(id);
    if (relation.kind === 'correction' && relation.claimIds[0] !== undefined) excluded.add(relation.claimIds[0]);
  }
  const apply = POLICIES[policy];
  const estimates: Estimate[] = [];
  for (const group of groups) {
    const buckets = new Map<string, { measure: string; asOf: string | null; claims: ClaimFacts[] }>();
    for (const member of group.members) {
      if (excluded.has(member.id)) continue;
      const asOf = group.nature === 'event' ? group.group.eventDate : isExact(member.time) ? isoOfDay(member.time.lo) : null;
      const key = JSON.stringify([member.subject.measure, asOf]);
      const bucket = buckets.get(key);
      if (bucket) bucket.claims.push(member);
      else buckets.set(key, { measure: member.subject.measure, asOf, claims: [member] });
    }
    for (const bucket of buckets.values()) {
      const claims = widestSpan(bucket.claims).sort((a, b) => compareText(a.id, b.id));
      const result = apply({ claims, independent: independentClaims(claims) });
      estimates.push({
        groupId: group.group.id,
        measure: measureName(bucket.measure),
        asOf: bucket.asOf,
        policy,
        ...result,
      });
    }
  }
  return estimates.sort(
    (a, b) =>
      compareText(a.groupId, b.groupId) || compareText(a.measure ?? '', b.measure ?? '') || compareText(a.asOf ?? '\uffff', b.asOf ?? '\uffff'),
  );
}

/**
 * On one date, "at least 19 in the past week" and "20 since Oct 17" count
 * different spans: the estimate speaks for the widest span (the earliest
 * start) and for claims whose start is unknown.
 */
function widestSpan(claims: readonly ClaimFacts[]): ClaimFacts[] {
  let earliest = Infinity;
  for (const c of claims) if (c.time.start !== null) earliest = Math.min(earliest, c.time.start);
  return claims.filter((c) => c.time.start === null || c.time.start === earliest);
}

/** Measures the lexicon does not know are keyed `?words`; the estimate names them by their words. */
function measureName(key: string): string | null {
  if (!key.startsWith('?')) return key;
  return key.length > 1 ? key.slice(1) : null;
}
