import type { Relation } from '../../records';
import type { ClaimFacts } from '../facts';
import { compareText } from '../facts';
import type { GroupBuild } from '../group';
import { canBeAtMost, excess, intervalGap, overlaps, sumIntervals, type ValueInterval } from '../interval';
import { figure, formatNumber, cited, placesText } from '../describe';
import type { ReconcileSettings } from '../settings';
import { isBounded, isExact } from '../time';
import { pairKey } from './pair-key';
import type { PlacedRelation } from './verdict';
import { compareRepresentatives } from './streams';

export interface Breakdowns {
  relations: PlacedRelation[];
  /** Part–total pairs the breakdowns already judge. */
  covered: Set<number | string>;
}

/**
 * Parts against a stated total: claims of one measure and time whose place
 * sets partition the total's (12 in Iraq + 4 in Syria vs 16 in Iraq and
 * Syria). Candidates come from a Map keyed by family, unit, measure and time,
 * so no pair of groups is ever compared blindly. Dates must be known, or the
 * parts and total come from one document with the same bounds.
 */
export function findBreakdowns(groups: readonly GroupBuild[], settings: ReconcileSettings): Breakdowns {
  const relations: PlacedRelation[] = [];
  const covered = new Set<number | string>();
  // Only measures that have a total over several places can have parts: index those alone.
  const withTotals = new Set<string>();
  for (const group of groups) {
    if (group.nature === 'event' || !group.comparable || group.group.locations.length < 2) continue;
    for (const measure of measuresOf(group)) withTotals.add(measureKey(group, measure));
  }
  if (withTotals.size === 0) return { relations, covered };
  // By measure, then by time: a known day as its number, bounds within one document as text.
  const index = new Map<string, Map<number | string, TimeSlot>>();
  const totals: { total: ClaimFacts; slot: TimeSlot }[] = [];
  for (const group of groups) {
    if (group.nature === 'event' || !group.comparable) continue;
    const byMeasure = new Map<string, Map<number | string, TimeSlot> | null>();
    for (const member of group.members) {
      let byTime = byMeasure.get(member.subject.measure);
      if (byTime === undefined) {
        const key = measureKey(group, member.subject.measure);
        byTime = withTotals.has(key) ? (index.get(key) ?? null) : null;
        if (byTime === null && withTotals.has(key)) index.set(key, (byTime = new Map()));
        byMeasure.set(member.subject.measure, byTime);
      }
      if (byTime === null) continue;
      const when = timeKey(member);
      if (when === null) continue;
      let slot = byTime.get(when);
      if (!slot) byTime.set(when, (slot = { byPlaces: new Map(), byPlace: new Map() }));
      const list = slot.byPlaces.get(member.placeKey);
      if (list) list.push(member);
      else {
        slot.byPlaces.set(member.placeKey, [member]);
        for (const place of member.places) {
          const keys = slot.byPlace.get(place);
          if (keys) keys.push(member.placeKey);
          else slot.byPlace.set(place, [member.placeKey]);
        }
      }
      if (member.places.length >= 2) totals.push({ total: member, slot });
    }
  }
  for (const { total, slot } of totals) {
    const parts = partition(total, slot);
    if (parts === null) continue;
    relations.push({ relation: breakdownRelation(parts, total, settings), claims: [...parts, total] });
    for (const part of parts) covered.add(pairKey(part, total));
  }
  return { relations, covered };
}

/** Claims of one measure and time: by place set, and the place sets that name each place. */
interface TimeSlot {
  byPlaces: Map<string, ClaimFacts[]>;
  byPlace: Map<string, string[]>;
}

function measuresOf(group: GroupBuild): Set<string> {
  const measures = new Set<string>();
  for (const member of group.members) measures.add(member.subject.measure);
  return measures;
}

function measureKey(group: GroupBuild, measure: string): string {
  return JSON.stringify([group.familyKey, group.unit, measure]);
}

/** A known day as its number; bounds as text, within one document only (two articles' unknown dates are not one time). */
function timeKey(facts: ClaimFacts): number | string | null {
  const time = facts.time;
  if (isExact(time)) return time.lo;
  if (isBounded(time)) return `${time.lo} ${time.hi} ${JSON.stringify(facts.claim.documentId)}`;
  return null;
}

/**
 * Place sets inside the total's that together cover it exactly, largest
 * first; one claim speaks for each place set: from the total's document if
 * possible, else the most precise. Parts must count within the total's span.
 */
function partition(total: ClaimFacts, slot: TimeSlot): ClaimFacts[] | null {
  const inside = new Set(total.places);
  const candidates: ClaimFacts[] = [];
  for (const list of candidateParts(total, slot)) {
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

/** Totals over this many places or fewer look up each subset of their places; larger ones scan, within a cap. */
const MAX_SUBSET_PLACES = 8;
const MAX_SCANNED_PLACE_SETS = 1_000;

/**
 * The claims of the slot whose place sets may be parts of the total: for a
 * total over a few places, each proper subset of them looked up by key, so
 * the work does not grow with the slot; otherwise the place sets naming one of
 * its places, up to a cap.
 */
function candidateParts(total: ClaimFacts, slot: TimeSlot): ClaimFacts[][] {
  const places = total.places;
  const found: ClaimFacts[][] = [];
  if (places.length <= MAX_SUBSET_PLACES) {
    const all = (1 << places.length) - 1;
    for (let mask = 1; mask < all; mask++) {
      const subset = places.filter((_, i) => (mask & (1 << i)) !== 0);
      const list = slot.byPlaces.get(JSON.stringify(subset));
      if (list) found.push(list);
    }
    return found;
  }
  const seen = new Set<string>();
  for (const place of places) {
    for (const placeKey of slot.byPlace.get(place) ?? []) {
      if (seen.has(placeKey)) continue;
      seen.add(placeKey);
      if (seen.size > MAX_SCANNED_PLACE_SETS) return found;
      found.push(slot.byPlaces.get(placeKey)!);
    }
  }
  return found;
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
    certainty: 'established',
    missing: [],
  };
}

function sumText(sum: ValueInterval): string {
  if (!Number.isFinite(sum.hi)) return `${sum.loOpen ? 'more than' : 'at least'} ${formatNumber(sum.lo)}`;
  if (sum.lo === sum.hi) return formatNumber(sum.lo);
  return `${formatNumber(sum.lo)}–${formatNumber(sum.hi)}`;
}
