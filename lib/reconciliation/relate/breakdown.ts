import type { Relation } from '../../records';
import type { ClaimFacts } from '../facts';
import { compareText } from '../facts';
import type { GroupBuild } from '../group';
import { canBeAtMost, excess, intervalGap, overlaps, sumIntervals, type ValueInterval } from '../interval';
import { figure, formatNumber, cited, placesText } from '../describe';
import type { ReconcileSettings } from '../settings';
import { isBounded, isExact } from '../time';
import { pairKey } from './pair-key';
import { compareRepresentatives } from './streams';

export interface Breakdowns {
  relations: Relation[];
  /** Part–total pairs the breakdowns already judge. */
  covered: Set<string>;
}

/**
 * Parts against a stated total: claims of one measure and time whose place
 * sets partition the total's (12 in Iraq + 4 in Syria vs 16 in Iraq and
 * Syria). Candidates come from a Map keyed by family, unit, measure and time,
 * so no pair of groups is ever compared blindly. Dates must be known, or the
 * parts and total come from one document with the same bounds.
 */
export function findBreakdowns(groups: readonly GroupBuild[], settings: ReconcileSettings): Breakdowns {
  const relations: Relation[] = [];
  const covered = new Set<string>();
  // Only measures that have a total over several places can have parts: index those alone.
  const withTotals = new Set<string>();
  for (const group of groups) {
    if (group.nature === 'event' || group.group.locations.length < 2) continue;
    for (const member of group.members) withTotals.add(measureKey(group, member));
  }
  if (withTotals.size === 0) return { relations, covered };
  const index = new Map<string, Map<string, ClaimFacts[]>>();
  const totals: { total: ClaimFacts; key: string }[] = [];
  for (const group of groups) {
    if (group.nature === 'event') continue;
    for (const member of group.members) {
      if (!withTotals.has(measureKey(group, member))) continue;
      const key = timeSlotKey(group, member);
      if (key === null) continue;
      let byPlaces = index.get(key);
      if (!byPlaces) index.set(key, (byPlaces = new Map()));
      const list = byPlaces.get(member.placeKey);
      if (list) list.push(member);
      else byPlaces.set(member.placeKey, [member]);
      if (member.places.length >= 2) totals.push({ total: member, key });
    }
  }
  for (const { total, key } of totals) {
    const parts = partition(total, index.get(key)!);
    if (parts === null) continue;
    relations.push(breakdownRelation(parts, total, settings));
    for (const part of parts) covered.add(pairKey(part.id, total.id));
  }
  return { relations, covered };
}

function measureKey(group: GroupBuild, facts: ClaimFacts): string {
  return JSON.stringify([group.familyKey, group.unit, facts.subject.measure]);
}

function timeSlotKey(group: GroupBuild, facts: ClaimFacts): string | null {
  const time = facts.time;
  let when: string;
  if (isExact(time)) when = `day ${time.lo}`;
  else if (isBounded(time)) when = `document ${facts.claim.documentId} ${time.lo} ${time.hi}`;
  else return null;
  return JSON.stringify([group.familyKey, group.unit, facts.subject.measure, when]);
}

/**
 * Place sets inside the total's that together cover it exactly, largest
 * first; one claim speaks for each place set: from the total's document if
 * possible, else the most precise. Parts must count within the total's span.
 */
function partition(total: ClaimFacts, byPlaces: ReadonlyMap<string, ClaimFacts[]>): ClaimFacts[] | null {
  const inside = new Set(total.places);
  const candidates: ClaimFacts[] = [];
  for (const list of byPlaces.values()) {
    const places = list[0]!.places;
    if (places.length === 0 || places.length >= total.places.length || !places.every((p) => inside.has(p))) continue;
    const eligible = list.filter((part) => startsWithin(part, total));
    if (eligible.length === 0) continue;
    candidates.push(eligible.reduce((best, part) => (preferPart(part, best, total) < 0 ? part : best)));
  }
  candidates.sort((a, b) => b.places.length - a.places.length || compareText(a.placeKey, b.placeKey));
  const taken = new Set<string>();
  const chosen: ClaimFacts[] = [];
  for (const candidate of candidates) {
    if (candidate.places.some((p) => taken.has(p))) continue;
    chosen.push(candidate);
    for (const p of candidate.places) taken.add(p);
  }
  if (chosen.length < 2 || taken.size !== inside.size) return null;
  return chosen.sort((a, b) => compareText(a.placeKey, b.placeKey));
}

function startsWithin(part: ClaimFacts, total: ClaimFacts): boolean {
  return part.time.start === null || total.time.start === null || part.time.start >= total.time.start;
}

function preferPart(a: ClaimFacts, b: ClaimFacts, total: ClaimFacts): number {
  const sameDocument = (x: ClaimFacts) => Number(x.claim.documentId !== total.claim.documentId);
  return sameDocument(a) - sameDocument(b) || compareRepresentatives(a, b);
}

function breakdownRelation(parts: readonly ClaimFacts[], total: ClaimFacts, settings: ReconcileSettings): Relation {
  const sum = sumIntervals(parts.map((part) => part.value));
  const sameSpan = parts.every((part) => part.time.start === null || total.time.start === null || part.time.start === total.time.start);
  const scale = Math.max(Math.abs(total.claim.stated), Math.abs(sum.lo));
  const tolerance = settings.sameFigureTolerance * scale;
  const miss = sameSpan ? intervalGap(sum, total.value) : excess(sum, total.value);
  const meets = sameSpan ? overlaps(sum, total.value) : canBeAtMost(sum, total.value);
  const consistent = meets || (tolerance > 0 && miss <= tolerance);
  const terms = parts.map((part) => `${figure(part.claim)} (${placesText(part.places)})`).join(' + ');
  const verdict = consistent
    ? 'consistent'
    : sum.lo > total.value.hi
      ? `the parts exceed the total by ${formatNumber(miss)}`
      : `the parts fall short of the total by ${formatNumber(miss)}`;
  const span = sameSpan ? '' : ' (the parts count a shorter span, so they may sum to less)';
  return {
    kind: 'breakdown',
    claimIds: [...parts.map((part) => part.id), total.id],
    reason: `${terms} = ${sumText(sum)} against ${cited(total)} for ${placesText(total.places)}${span}: ${verdict}`,
    quotes: [...parts.map((part) => part.claim.quote), total.claim.quote],
    severity: null,
    consistent,
  };
}

function sumText(sum: ValueInterval): string {
  if (!Number.isFinite(sum.hi)) return `${sum.loOpen ? 'more than' : 'at least'} ${formatNumber(sum.lo)}`;
  if (sum.lo === sum.hi) return formatNumber(sum.lo);
  return `${formatNumber(sum.lo)}–${formatNumber(sum.hi)}`;
}
