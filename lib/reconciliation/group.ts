import type { Group } from '../records';
import type { MeasureNature } from '../lexicon/lexicon';
import { compareText, type ClaimFacts } from './facts';
import { compareTimes, isBounded, isExact, isoOfDay } from './time';

/** A group under construction: its record, its members in time order, and what kind of figures it holds. */
export interface GroupBuild {
  group: Group;
  members: ClaimFacts[];
  nature: MeasureNature;
  /** Family + places + scale (base unit, amount or level), without the event date: the clusters of one subject share it. */
  subjectKey: string;
  /** The family part of the key: related place groups are found through it. */
  familyKey: string;
  unit: string;
  /** For one-off events: the cluster's first and last known day; null otherwise and for undated clusters. */
  span: { first: number; last: number } | null;
  /** False when the claims name no measure at all: numbers about nothing known are never set side by side. */
  comparable: boolean;
}

export interface Grouping {
  /** In id order. */
  groups: GroupBuild[];
  /** For one-off events: the dated clusters of each subject, in date order. Adjacent clusters are distinct events. */
  eventSeries: GroupBuild[][];
}

/** Members of one subject before event dates split them. */
interface SubjectBucket {
  subjectKey: string;
  familyKey: string;
  family: string | null;
  places: readonly string[];
  unit: string;
  nature: MeasureNature;
  members: ClaimFacts[];
}

export function compareFacts(a: ClaimFacts, b: ClaimFacts): number {
  return compareTimes(a.time, b.time) || compareText(a.id, b.id);
}

/**
 * Key every claim by measure family, place set and scale (its base unit, and
 * whether it is an amount of change: see scale.ts) in one Map pass, then
 * split one-off events by date with a sweep over the sorted dates: two strikes
 * on different days are never one figure.
 */
export function groupClaims(facts: readonly ClaimFacts[], eventDateSlackDays: number): Grouping {
  const buckets = new Map<string, SubjectBucket>();
  const unitJson = new Map<string, string>();
  for (const fact of facts) {
    const unit = fact.scaleKey;
    let unitKey = unitJson.get(unit);
    if (unitKey === undefined) unitJson.set(unit, (unitKey = JSON.stringify(unit)));
    const subjectKey = `${fact.subject.familyJson}${fact.placeKey}${unitKey}`;
    let bucket = buckets.get(subjectKey);
    if (!bucket) {
      bucket = {
        subjectKey,
        familyKey: fact.subject.familyKey,
        family: fact.subject.family,
        places: fact.places,
        unit,
        nature: fact.subject.nature,
        members: [],
      };
      buckets.set(subjectKey, bucket);
    }
    bucket.members.push(fact);
  }
  const groups: GroupBuild[] = [];
  const eventSeries: GroupBuild[][] = [];
  for (const bucket of buckets.values()) {
    bucket.members.sort(compareFacts);
    if (bucket.nature === 'event') {
      const clusters = clusterEvents(bucket, eventDateSlackDays);
      groups.push(...clusters);
      const dated = clusters.filter((c) => c.span !== null);
      if (dated.length > 1) eventSeries.push(dated);
    } else {
      groups.push(build(bucket, bucket.members, null));
    }
  }
  assignIds(groups);
  groups.sort((a, b) => compareText(a.group.id, b.group.id));
  let position = 0;
  for (const group of groups) for (const member of group.members) member.position = position++;
  return { groups, eventSeries };
}

/**
 * Dated members cluster when they fall within the slack of the cluster's
 * first day. A member whose date is unknown but bounded on both sides joins
 * the one cluster its bounds overlap; with none or several, or no bounds, it
 * waits in an undated group rather than being guessed into an event.
 */
function clusterEvents(bucket: SubjectBucket, slack: number): GroupBuild[] {
  const dated: ClaimFacts[][] = [];
  const undated: ClaimFacts[] = [];
  const uncertain: ClaimFacts[] = [];
  let current: ClaimFacts[] | null = null;
  let currentStart = 0;
  for (const member of bucket.members) {
    if (!isExact(member.time)) {
      (isBounded(member.time) ? uncertain : undated).push(member);
      continue;
    }
    if (current === null || member.time.lo - currentStart > slack) {
      current = [];
      currentStart = member.time.lo;
      dated.push(current);
    }
    current.push(member);
  }
  const spans = dated.map((cluster) => ({ first: cluster[0]!.time.lo, last: cluster[cluster.length - 1]!.time.lo }));
  for (const member of uncertain) {
    const hit = overlappingCluster(spans, member.time.lo, member.time.hi);
    if (hit === null) undated.push(member);
    else dated[hit]!.push(member);
  }
  const builds = dated.map((cluster, i) => build(bucket, cluster.sort(compareFacts), spans[i]!));
  if (undated.length > 0) builds.push(build(bucket, undated.sort(compareFacts), null));
  return builds;
}

/** Index of the only cluster whose span overlaps [lo, hi], or null when none or several do. Spans are sorted and disjoint. */
function overlappingCluster(spans: readonly { first: number; last: number }[], lo: number, hi: number): number | null {
  let left = 0;
  let right = spans.length;
  while (left < right) {
    const mid = (left + right) >> 1;
    if (spans[mid]!.last < lo) left = mid + 1;
    else right = mid;
  }
  const first = spans[left];
  if (first === undefined || first.first > hi) return null;
  const next = spans[left + 1];
  if (next !== undefined && next.first <= hi) return null;
  return left;
}

function build(bucket: SubjectBucket, members: ClaimFacts[], span: { first: number; last: number } | null): GroupBuild {
  return {
    group: {
      id: '',
      measure: bucket.family,
      locations: [...bucket.places],
      eventDate: span === null ? null : isoOfDay(span.first),
      claimIds: members.map((m) => m.id),
    },
    members,
    nature: bucket.nature,
    subjectKey: bucket.subjectKey,
    familyKey: bucket.familyKey,
    unit: bucket.unit,
    span,
    comparable: bucket.familyKey !== '?',
  };
}

/**
 * Readable ids from the key: `attacks|Iraq+Syria`, `facilities|Syria|2023-10-26`,
 * `strikes|Syria|date unknown`. Two keys that read the same (a place name
 * holding "+") get `#2`, `#3` in key order, so ids never depend on input order.
 */
function assignIds(groups: GroupBuild[]): void {
  const readable = groups.map((g) => ({ build: g, id: readableId(g), key: `${g.subjectKey}\u0000${g.group.eventDate ?? ''}` }));
  readable.sort((a, b) => compareText(a.id, b.id) || compareText(a.key, b.key));
  const seen = new Map<string, number>();
  for (const entry of readable) {
    const count = (seen.get(entry.id) ?? 0) + 1;
    seen.set(entry.id, count);
    entry.build.group.id = count === 1 ? entry.id : `${entry.id}#${count}`;
  }
}

function readableId(build: GroupBuild): string {
  const parts = [build.group.measure ?? 'unknown measure', build.group.locations.join('+') || 'no place'];
  if (build.unit !== 'count') parts.push(build.unit);
  if (build.nature === 'event') parts.push(build.group.eventDate ?? 'date unknown');
  return parts.join('|');
}
