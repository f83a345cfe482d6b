import type { Lexicon } from '../../lexicon/lexicon';
import type { GroupBuild } from '../group';
import type { Candidate, NarrowerBy } from './compare';
import { pairKey } from './pair-key';
import { nearestSlots, type Stream } from './streams';

/**
 * A sub-place against a wider place set of the same family (attacks in Iraq
 * against attacks in Iraq and Syria). Wider groups are found through an
 * index of the groups of each family by place, never by comparing every
 * pair of groups. Pairs already judged as part and total of a breakdown are
 * left to it.
 */
export function acrossPlacePairs(
  groups: readonly GroupBuild[],
  streams: ReadonlyMap<GroupBuild, readonly Stream[]>,
  covered: ReadonlySet<number | string>,
  lexicon: Lexicon,
  emit: (candidate: Candidate) => void,
): void {
  const index = placeIndex(groups);
  for (const group of groups) {
    if (group.nature === 'event' || group.group.locations.length === 0) continue;
    for (const wide of widerGroups(group, index, lexicon)) {
      const wideStreams = new Map((streams.get(wide) ?? []).map((stream) => [stream.measure, stream]));
      for (const stream of streams.get(group) ?? []) {
        const match = matchingStream(stream, wideStreams);
        if (match === undefined) continue;
        const narrower: NarrowerBy = match.measure === stream.measure ? 'place' : 'measure and place';
        for (const slot of stream.slots) {
          for (const near of nearestSlots(match.slots, slot.rep)) {
            if (covered.has(pairKey(slot.rep, near.rep))) continue;
            emit({ a: slot.rep, b: near.rep, narrower, nature: group.nature, sameEvent: false });
          }
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
    if (group.nature === 'event') continue;
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

/** Groups of the same family whose places cover this group's places (a city counts as its country) and more. */
function widerGroups(group: GroupBuild, index: PlaceIndex, lexicon: Lexicon): GroupBuild[] {
  const byPlace = index.get(familyOf(group));
  const first = group.group.locations[0];
  if (!byPlace || first === undefined) return [];
  const keys = [first];
  const country = lexicon.countryOf(first);
  if (country !== null && country !== first) keys.push(country);
  const found = new Set<GroupBuild>();
  for (const key of keys) {
    for (const candidate of byPlace.get(key) ?? []) {
      if (candidate === group || found.has(candidate)) continue;
      if (covers(candidate.group.locations, group.group.locations, lexicon) && !covers(group.group.locations, candidate.group.locations, lexicon)) {
        found.add(candidate);
      }
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
