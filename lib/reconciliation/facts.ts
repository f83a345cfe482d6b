import type { Claim, Qualifier } from '../records';
import { valueInterval, type ValueInterval } from './interval';
import { claimTime, type ClaimTime } from './time';
import type { Subject, SubjectResolver } from './subject';
import type { ReconcileSettings } from './settings';
import { claimScale, toScale } from './scale';

/** What every later stage needs to know about one claim, computed once. */
export interface ClaimFacts {
  claim: Claim;
  id: string;
  /** Position among all claims in id order: a cheap, unique handle for pairs. */
  index: number;
  /** Position in the output's group order, set by grouping: relations are listed in this order. */
  position: number;
  /** The figure in its base unit (scale.ts): "5 km" is [5000, 5000]; an amount of change down is negative. */
  value: ValueInterval;
  /** Claims meet only within one scale: the base unit, and amount of change or level. */
  scaleKey: string;
  time: ClaimTime;
  subject: Subject;
  /** Canonical places, sorted. */
  places: readonly string[];
  /** The places as an unambiguous key (JSON): a place name holding "+" cannot pass for two places. */
  placeKey: string;
  /** Who published it: the outlet or dataset name, else the document. Same source + new figure = correction. */
  sourceKey: string;
  /** 0 for an exact figure, 1 for an approximate one or a range, 2 for a bound: the lower, the better a representative. */
  precision: number;
  /** How reasons cite the claim, built on first use (see describe.ts). */
  citation: string | null;
}

const PRECISION: Record<Qualifier, number> = {
  exact: 0,
  approximately: 1,
  range: 1,
  'at-least': 2,
  'more-than': 2,
  'at-most': 2,
  'fewer-than': 2,
};

export function claimFacts(claim: Claim, index: number, subjects: SubjectResolver, settings: ReconcileSettings): ClaimFacts {
  const places = sortedPlaces(claim.locations);
  const scale = claimScale(claim);
  return {
    claim,
    id: claim.id,
    index,
    position: -1,
    value: toScale(valueInterval(claim, settings), scale),
    scaleKey: scale.key,
    time: claimTime(claim),
    subject: subjects.resolve(claim),
    places,
    placeKey: internedPlaceKey(places),
    sourceKey: claim.source.name ?? `document ${claim.documentId}`,
    precision: PRECISION[claim.qualifier],
    citation: null,
  };
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const placeKeys = new Map<string, string>();
const singlePlaceKeys = new Map<string, string>();

/** Place keys repeat across claims: one string per distinct place set keeps a million claims light. */
function internedPlaceKey(places: readonly string[]): string {
  if (places.length === 1) {
    const place = places[0]!;
    let single = singlePlaceKeys.get(place);
    if (single === undefined) {
      single = JSON.stringify(places);
      if (singlePlaceKeys.size < 100_000) singlePlaceKeys.set(place, single);
    }
    return single;
  }
  const key = JSON.stringify(places);
  const known = placeKeys.get(key);
  if (known !== undefined) return known;
  if (placeKeys.size < 100_000) placeKeys.set(key, key);
  return key;
}

/** Places in code-unit order; most claims name one or two, which need no sort. */
function sortedPlaces(locations: readonly string[]): readonly string[] {
  if (locations.length < 2) return locations;
  if (locations.length === 2) return compareText(locations[0]!, locations[1]!) <= 0 ? locations : [locations[1]!, locations[0]!];
  return [...locations].sort(compareText);
}
