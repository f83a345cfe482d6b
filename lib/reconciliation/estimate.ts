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
 * share the event's date. Estimates come out in group order, then measure,
 * then date (undated last).
 */
export function estimate(groups: readonly GroupBuild[], excluded: Uint8Array, policy: EstimatePolicy): Estimate[] {
  const apply = POLICIES[policy];
  const estimates: Estimate[] = [];
  for (const group of groups) {
    if (!group.comparable) continue;
    // Members are in time order, so within one measure the claims of a date are neighbours.
    const byMeasure = new Map<string, ClaimFacts[]>();
    for (const member of group.members) {
      if (excluded[member.index] === 1) continue;
      const list = byMeasure.get(member.subject.measure);
      if (list) list.push(member);
      else byMeasure.set(member.subject.measure, [member]);
    }
    const measures = byMeasure.size === 1 ? [...byMeasure.keys()] : [...byMeasure.keys()].sort(compareText);
    for (const measure of measures) {
      const emit = (asOf: string | null, members: ClaimFacts[]): void => {
        const claims = widestSpan(members);
        if (claims.length > 1) claims.sort((a, b) => compareText(a.id, b.id));
        const { low, best, high, support } = apply({ claims, independent: independentClaims(claims) });
        estimates.push({ groupId: group.group.id, measure: measureName(measure), asOf, policy, low, best, high, support });
      };
      const list = byMeasure.get(measure)!;
      if (group.nature === 'event') {
        emit(group.group.eventDate, list);
        continue;
      }
      const undated: ClaimFacts[] = [];
      let run: ClaimFacts[] = [];
      for (const member of list) {
        if (!isExact(member.time)) {
          undated.push(member);
          continue;
        }
        if (run.length > 0 && run[0]!.time.lo !== member.time.lo) {
          emit(isoOfDay(run[0]!.time.lo), run);
          run = [];
        }
        run.push(member);
      }
      if (run.length > 0) emit(isoOfDay(run[0]!.time.lo), run);
      if (undated.length > 0) emit(null, undated);
    }
  }
  return estimates;
}

/**
 * On one date, "at least 19 in the past week" and "20 since Oct 17" count
 * different spans: the estimate speaks for the widest span (the earliest
 * start) and for claims whose start is unknown.
 */
function widestSpan(claims: ClaimFacts[]): ClaimFacts[] {
  if (claims.length < 2) return claims;
  let earliest = Infinity;
  for (const c of claims) if (c.time.start !== null) earliest = Math.min(earliest, c.time.start);
  return claims.filter((c) => c.time.start === null || c.time.start === earliest);
}

/** Measures the lexicon does not know are keyed `?words`; the estimate names them by their words. */
function measureName(key: string): string | null {
  if (!key.startsWith('?')) return key;
  return key.length > 1 ? key.slice(1) : null;
}
