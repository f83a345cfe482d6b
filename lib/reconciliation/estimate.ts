import type { Estimate, EstimatePolicy } from '../records';
import { compareText, type ClaimFacts } from './facts';
import type { GroupBuild } from './group';
import { independentClaims } from './independence';
import { POLICIES } from './policies';
import { isExact, isoOfDay } from './time';

/**
 * For each group, measure and as-of date, what the consistent claims allow
 * under the chosen policy. Claims in a conflict are left out (they cannot
 * all be true), and so is the older side of a correction (superseded):
 * `excluded` marks them by claim index.
 * Undated claims share one estimate with `asOf: null`; an event's claims
 * share the event's date.
 */
export function estimate(groups: readonly GroupBuild[], excluded: Uint8Array, policy: EstimatePolicy): Estimate[] {
  const apply = POLICIES[policy];
  const estimates: Estimate[] = [];
  for (const group of groups) {
    const byMeasure = new Map<string, Map<string | null, ClaimFacts[]>>();
    for (const member of group.members) {
      if (excluded[member.index] === 1) continue;
      const asOf = group.nature === 'event' ? group.group.eventDate : isExact(member.time) ? isoOfDay(member.time.lo) : null;
      let byDate = byMeasure.get(member.subject.measure);
      if (!byDate) byMeasure.set(member.subject.measure, (byDate = new Map()));
      const bucket = byDate.get(asOf);
      if (bucket) bucket.push(member);
      else byDate.set(asOf, [member]);
    }
    for (const [measure, byDate] of byMeasure) {
      for (const [asOf, members] of byDate) {
        const claims = widestSpan(members).sort((a, b) => compareText(a.id, b.id));
        const { low, best, high, support } = apply({ claims, independent: independentClaims(claims) });
        estimates.push({ groupId: group.group.id, measure: measureName(measure), asOf, policy, low, best, high, support });
      }
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
