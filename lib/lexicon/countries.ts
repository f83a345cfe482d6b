/**
 * Every ISO 3166 country as a lexicon place, from the i18n-iso-countries
 * package (MIT): its English names and aliases ("USA", "Türkiye", "Ivory
 * Coast"). The canonical name is the shortest plain name ("Iran" rather
 * than "Islamic Republic of Iran"). A place the lexicon lists itself wins:
 * it keeps its name, aliases and demonyms, and gains the package's aliases.
 */
import countries from 'i18n-iso-countries';
import type { PlaceEntry } from './lexicon';
import { isCountryEntry } from './place-kinds';
import { normalizeTerm } from './normalize';

/** "Moldova, Republic of" is "Moldova"; "Holy See (Vatican City State)" is "Holy See". */
function plain(name: string): string {
  // linear on any text: "[^)]*" ran to the end from every "(" of "(((((", and ",.*$" from every comma
  const bare = name.replace(/\([^()]*\)/g, ' ');
  const comma = bare.indexOf(',');
  return (comma < 0 ? bare : bare.slice(0, comma)).replace(/\s+/g, ' ').trim();
}

function canonical(names: readonly string[]): string {
  const candidates = names.map(plain).filter((name) => /\p{Ll}/u.test(name));
  const pool = candidates.length > 0 ? candidates : names.map(plain);
  return [...pool].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

/** An ISO 3166 country: its alpha-2 code, canonical English name and other names. */
export interface IsoCountry {
  code: string;
  name: string;
  aliases: string[];
}

let cached: IsoCountry[] | undefined;

/** Every ISO 3166 country, sorted by code. */
export function isoCountries(): readonly IsoCountry[] {
  if (cached) return cached;
  const byCode = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  cached = Object.keys(byCode)
    .sort()
    .map((code) => {
      const names = byCode[code]!;
      const name = canonical(names);
      const aliases = [...new Set([...names, ...names.map(plain)])].filter((alias) => alias !== name).sort();
      return { code, name, aliases };
    });
  return cached;
}

/** The places of a lexicon with every country added; entries of `places` win over the package's. */
export function withWorldCountries(places: readonly PlaceEntry[]): PlaceEntry[] {
  const ownByKey = new Map<string, PlaceEntry>();
  for (const place of places) {
    if (!isCountryEntry(place)) continue;
    for (const alias of [place.name, ...(place.aliases ?? [])]) ownByKey.set(normalizeTerm(alias), place);
  }
  const merged = new Map<string, PlaceEntry>(places.map((place) => [place.name, { ...place }]));
  for (const { name, aliases } of isoCountries()) {
    const country: PlaceEntry = { name, aliases };
    const keys = [country.name, ...(country.aliases ?? [])].map(normalizeTerm);
    const own = keys.map((key) => ownByKey.get(key)).find((entry) => entry !== undefined);
    if (own) {
      const target = merged.get(own.name)!;
      const aliases = new Set(target.aliases ?? []);
      for (const alias of [country.name, ...(country.aliases ?? [])]) if (alias !== target.name) aliases.add(alias);
      target.aliases = [...aliases].sort();
      continue;
    }
    if (!merged.has(country.name)) merged.set(country.name, country);
  }
  return [...merged.values()];
}
