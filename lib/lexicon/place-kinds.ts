import type { PlaceEntry } from './lexicon';

/**
 * What a place is. A `country` is a claim's location; a `region` (a province,
 * governorate, state or a named part of a country), `city` or `landmark` (a
 * base, an airport, an oil field) resolves to the country it is in; `water`
 * (a sea, gulf, strait or river) and a region that spans countries ("the
 * Middle East") are in no country.
 */
export type PlaceKind = 'country' | 'region' | 'city' | 'landmark' | 'water';

/** A lexicon entry's kind: as written, else a country when it names no country of its own, else a region. */
export function kindOf(entry: PlaceEntry): PlaceKind {
  return entry.kind ?? (entry.country === undefined ? 'country' : 'region');
}

export function isCountryEntry(entry: PlaceEntry): boolean {
  return kindOf(entry) === 'country';
}

/** The country a lexicon entry resolves to: itself for a country, its `country` below one, none for a sea. */
export function countryOfEntry(entry: PlaceEntry): string | null {
  return isCountryEntry(entry) ? entry.name : (entry.country ?? null);
}
