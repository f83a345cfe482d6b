import type { ClaimFacts } from '../facts';
import { compareText } from '../facts';
import type { GroupBuild } from '../group';
import { isExact } from '../time';

/** Claims of one group that hold at one time (or one event), with the one that speaks for them. */
export interface Slot {
  members: ClaimFacts[];
  /** Members whose source did not republish the slot's figure later. */
  current: ClaimFacts[];
  /** Older figures and the newer figure of the same source that replaces each. */
  superseded: [ClaimFacts, ClaimFacts][];
  /** The most precise current member: what neighbouring slots and wider counts are compared with. */
  rep: ClaimFacts;
}

/** The claims of one measure within a group, as slots in time order. */
export interface Stream {
  measure: string;
  slots: Slot[];
}

/**
 * Split a group by measure (attacks, and missile and drone attacks within
 * it), then into slots of claims with the same time. An event cluster is a
 * single slot: its claims describe one event.
 */
export function streamsOf(build: GroupBuild): Stream[] {
  const byMeasure = new Map<string, ClaimFacts[]>();
  for (const member of build.members) {
    const list = byMeasure.get(member.subject.measure);
    if (list) list.push(member);
    else byMeasure.set(member.subject.measure, [member]);
  }
  const streams: Stream[] = [];
  for (const [measure, members] of byMeasure) {
    const slots = build.nature === 'event' ? [slotOf(members)] : slotsOf(members);
    streams.push({ measure, slots });
  }
  return streams.sort((a, b) => compareText(a.measure, b.measure));
}

/** Members are already in time order; equal times are neighbours. */
function slotsOf(members: readonly ClaimFacts[]): Slot[] {
  const slots: Slot[] = [];
  let current: ClaimFacts[] = [];
  for (const member of members) {
    const last = current[current.length - 1];
    if (last !== undefined && (last.time.lo !== member.time.lo || last.time.hi !== member.time.hi)) {
      slots.push(slotOf(current));
      current = [];
    }
    current.push(member);
  }
  if (current.length > 0) slots.push(slotOf(current));
  return slots;
}

function slotOf(members: ClaimFacts[]): Slot {
  const { current, superseded } = supersession(members);
  return { members, current, superseded, rep: bestOf(current) };
}

export function bestOf(members: readonly ClaimFacts[]): ClaimFacts {
  let best = members[0]!;
  for (const member of members) if (compareRepresentatives(member, best) < 0) best = member;
  return best;
}

/**
 * A source that published the same slot again later (a revised figure for
 * the same time) supersedes its older members with its newest one.
 */
const NONE: [ClaimFacts, ClaimFacts][] = [];

function supersession(members: ClaimFacts[]): { current: ClaimFacts[]; superseded: [ClaimFacts, ClaimFacts][] } {
  if (members.length < 2) return { current: members, superseded: NONE };
  const newest = new Map<string, ClaimFacts>();
  for (const member of members) {
    const seen = newest.get(member.sourceKey);
    if (seen === undefined || isNewer(member, seen)) newest.set(member.sourceKey, member);
  }
  const current: ClaimFacts[] = [];
  const superseded: [ClaimFacts, ClaimFacts][] = [];
  for (const member of members) {
    const latest = newest.get(member.sourceKey)!;
    if (latest !== member && published(latest) > published(member)) superseded.push([member, latest]);
    else current.push(member);
  }
  return { current, superseded: superseded.length > 0 ? superseded : NONE };
}

function published(facts: ClaimFacts): string {
  return facts.claim.source.published ?? '';
}

function isNewer(a: ClaimFacts, b: ClaimFacts): boolean {
  return published(a) > published(b) || (published(a) === published(b) && compareText(a.id, b.id) < 0);
}

/**
 * Exact before approximate before a bound; then the tighter interval; then a
 * known date; then by source, so one series stays the spine of a dataset
 * group from day to day; then by id.
 */
export function compareRepresentatives(a: ClaimFacts, b: ClaimFacts): number {
  return (
    a.precision - b.precision ||
    width(a) - width(b) ||
    Number(isExact(b.time)) - Number(isExact(a.time)) ||
    compareText(a.sourceKey, b.sourceKey) ||
    compareText(a.id, b.id)
  );
}

function width(facts: ClaimFacts): number {
  const span = facts.value.hi - facts.value.lo;
  return Number.isFinite(span) ? span : Number.MAX_VALUE;
}

/**
 * The slots of a stream nearest in time to a claim: the last one that starts
 * no later than it, and the next. Binary search: slots are in time order.
 */
export function nearestSlots(slots: readonly Slot[], facts: ClaimFacts): Slot[] {
  let left = 0;
  let right = slots.length;
  while (left < right) {
    const mid = (left + right) >> 1;
    if (slots[mid]!.rep.time.lo <= facts.time.lo) left = mid + 1;
    else right = mid;
  }
  const found: Slot[] = [];
  if (left > 0) found.push(slots[left - 1]!);
  if (left < slots.length) found.push(slots[left]!);
  return found;
}
