import type { Lexicon } from '../../lexicon/lexicon';
import type { GroupBuild } from '../group';
import type { Candidate, NarrowerBy } from './compare';
import { pairKey } from './pair-key';
import { nearestSlots, type Stream } from './streams';

/** A group and a group of the same family over wider places. */
export interface PlaceLink {
  narrow: GroupBuild;
  wide: GroupBuild;
}

/**
 * Which groups count a sub-place of another (attacks in Iraq within attacks
 * in Iraq and Syria), found through an index of each family's groups by
 * place, never by comparing every pair of groups.
 */
export function placeLinks(groups: readonly GroupBuild[], lexicon: Lexicon): PlaceLink[] {
  const index = placeIndex(groups);
  const links: PlaceLink[] = [];
  for (const group of groups) {
    if (group.nature === 'event' || !group.comparable || group.group.locations.length === 0) continue;
    for (const wide of widerGroups(group, index, lexicon)) links.push({ narrow: group, wide });
  }
  return links;
}

/**
 * Each representative of the narrower group against the wider group's
 * representatives just before and after it in time, for the same measure or
 * the nearest broader one. Pairs a breakdown already judges as part and
 * total are left to it.
 */
export function acrossPlacePairs(
  links: readonly PlaceLink[],
  streams: ReadonlyMap<GroupBuild, readonly Stream[]>,
  covered: ReadonlySet<number | string>,
  emit: (candidate: Candidate) => void,
): void {
  for (const { narrow, wide } of links) {
    const wideStreams = new Map((streams.get(wide) ?? []).map((stream) => [stream.measure, stream]));
    for (const stream of streams.get(narrow) ?? []) {
      const match = matchingStream(stream, wideStreams);
      if (match === undefined) continue;
      const narrower: NarrowerBy = match.measure === stream.measure ? 'place' : 'measure and place';
      for (const slot of stream.slots) {
        for (const near of nearestSlots(match.slots, slot.rep)) {
          if (covered.has(pairKey(slot.rep, near.rep))) continue;
          emit({ a: slot.rep, b: near.rep, narrower, nature: narrow.nature, sameEvent: false });
        }
      }
    }
  }
}

type PlaceIndex = Map<string, Map<string, GroupBuild[]>>;

function familyOf(group: GroupBuild): string {
  return JSON.stringify([group.familyKey, group.unit]);
}

function placeIndex(groups: readonly GroupBuild[]): PlaceIndex {
  const index: PlaceIndex = new Map();
  for (const group of groups) {
    if (group.nature === 'event' || !group.comparable) continue;
    const family = familyOf(group);
    let byPlace = index.get(family);
    if (!byPlace) index.set(family, (byPlace = new Map()));
    for (const place of group.group.locations) {
      const list = byPlace.get(place);
      if (list) list.push(group);
      else byPlace.set(place, [group]);
    }
  }
  return index;
}

/**
 * Untrusted input could make thousands of groups share every place they
 * name; beyond this many candidates a group is not compared across places,
 * so the work stays linear.
 */
const MAX_WIDER_CANDIDATES = 1_000;

/**
 * Groups of the same family whose places cover this group's places (a city
 * counts as its country) and more. A wider group must name each of this
 * group's places or its country, so the candidates are those of the place
 * that is named least.
 */
function widerGroups(group: GroupBuild, index: PlaceIndex, lexicon: Lexicon): GroupBuild[] {
  const byPlace = index.get(familyOf(group));
  if (!byPlace) return [];
  let fewest: GroupBuild[] | null = null;
  for (const place of group.group.locations) {
    const country = lexicon.countryOf(place);
    const named = byPlace.get(place) ?? [];
    const candidates = country !== null && country !== place ? [...named, ...(byPlace.get(country) ?? [])] : named;
    if (fewest === null || candidates.length < fewest.length) fewest = candidates;
  }
  if (fewest === null || fewest.length > MAX_WIDER_CANDIDATES) return [];
  const found = new Set<GroupBuild>();
  for (const candidate of fewest) {
    if (candidate === group || found.has(candidate)) continue;
    if (
      covers(candidate.group.locations, group.group.locations, lexicon) &&
      !covers(group.group.locations, candidate.group.locations, lexicon)
    ) {
      found.add(candidate);
    }
  }
  return [...found];
}

function covers(wide: readonly string[], narrow: readonly string[], lexicon: Lexicon): boolean {
  return narrow.every((place) => wide.includes(place) || wide.includes(lexicon.countryOf(place) ?? place));
}

/** The wider group's stream of the same measure, else of the nearest broader one. */
function matchingStream(stream: Stream, available: ReadonlyMap<string, Stream>): Stream | undefined {
  const chain = stream.slots[0]?.rep.subject.chain ?? [];
  for (const measure of chain) {
    const found = available.get(measure);
    if (found !== undefined) return found;
  }
  return undefined;
}
