import Fuse from 'fuse.js';
import defaultData from './data/security.json';
import { assertValid } from '../schema/validate';
import { ClaimReconcilerError, format } from '../errors/messages';
import { defaults } from '../config/defaults';
import { normalizeTerm } from './normalize';
import { withWorldCountries } from './countries';
import { worldGazetteer } from './gazetteer';
import type { PlaceKind } from './place-kinds';
import { countryOfEntry, isCountryEntry } from './place-kinds';
import type { PlaceLookupOptions, PlaceResolution } from './place-lookup';
import { PlaceLookup } from './place-lookup';

export type MeasureNature = 'count' | 'level' | 'event';

/** The lexicon as data, exactly as `schemas/lexicon.schema.json` describes it. */
export interface LexiconData {
  name: string;
  description?: string;
  /** Add every ISO 3166 country as a place (see countries.ts); places listed in `places` win. */
  worldCountries?: boolean;
  /** Resolve names the lexicon does not list through the GeoNames gazetteer (gazetteer.ts); the lexicon's places win. */
  gazetteer?: boolean;
  measures: MeasureEntry[];
  places: PlaceEntry[];
}

export interface MeasureEntry {
  name: string;
  terms: string[];
  verbs?: string[];
  within?: string;
  detail?: boolean;
  nature?: MeasureNature;
  /** The measure counts people: "21 soldiers were injured" counts the injured. */
  persons?: boolean;
}

export interface PlaceEntry {
  name: string;
  aliases?: string[];
  demonyms?: string[];
  /** The country a place below country level is in; absent for a country and for a place in none (a sea). */
  country?: string;
  /** Absent: a country when `country` is absent, else a region. */
  kind?: PlaceKind;
  /** For a place in no country: the countries it borders or spans ("the Red Sea": Egypt, Saudi Arabia…). */
  touches?: string[];
}

/** A measure as a claim carries it: the headline measure and, for a narrower kind, the kind. */
export interface MeasureMatch {
  measure: string;
  subMeasure: string | null;
  /** The lexicon entry the words matched. */
  entry: string;
}

/** A compiled lexicon: fast exact lookups, fuzzy fallback, and the measure hierarchy. */
export class Lexicon {
  readonly data: LexiconData;
  private readonly measures = new Map<string, MeasureEntry>();
  private readonly termToMeasure = new Map<string, string>();
  private readonly verbToMeasure = new Map<string, string>();
  private readonly placeByAlias = new Map<string, PlaceEntry>();
  private readonly demonymToPlace = new Map<string, PlaceEntry>();
  private readonly placesByName = new Map<string, PlaceEntry>();
  private readonly fuse: Fuse<{ term: string; measure: string }>;
  /** Longest term, in words: how far back from a noun a phrase can reach. */
  readonly longestTermWords: number;
  /** Longest term, in characters after normalisation: words far longer are no typo of any. */
  readonly longestTermLength: number;
  readonly longestPlaceWords: number;
  private readonly placeLookup: PlaceLookup;

  constructor(data: LexiconData) {
    assertValid('lexicon', data, `lexicon ${JSON.stringify(String((data as { name?: unknown })?.name ?? ''))}`);
    this.data = data;
    let longest = 1;
    let longestLength = 1;
    for (const entry of data.measures) {
      if (this.measures.has(entry.name)) throw new ClaimReconcilerError(format('lexiconDuplicate', 'measure', entry.name));
      this.measures.set(entry.name, entry);
    }
    for (const entry of data.measures) {
      this.checkWithin(entry);
      for (const term of [entry.name, ...entry.terms]) {
        const key = normalizeTerm(term);
        if (!this.termToMeasure.has(key)) this.termToMeasure.set(key, entry.name);
        longest = Math.max(longest, key.split(' ').length);
        longestLength = Math.max(longestLength, key.length);
      }
      for (const verb of entry.verbs ?? []) {
        const key = normalizeTerm(verb);
        if (!this.verbToMeasure.has(key)) this.verbToMeasure.set(key, entry.name);
      }
    }
    this.longestTermWords = longest;
    this.longestTermLength = longestLength;
    let longestPlace = 1;
    const places = data.worldCountries ? withWorldCountries(data.places) : data.places;
    for (const place of places) {
      if (this.placesByName.has(place.name)) throw new ClaimReconcilerError(format('lexiconDuplicate', 'place', place.name));
      this.placesByName.set(place.name, place);
    }
    for (const place of places) {
      this.checkPlace(place);
      for (const alias of [place.name, ...(place.aliases ?? [])]) {
        const key = normalizeTerm(alias);
        if (!this.placeByAlias.has(key)) this.placeByAlias.set(key, place);
        longestPlace = Math.max(longestPlace, key.split(' ').length);
      }
      for (const demonym of place.demonyms ?? []) {
        const key = normalizeTerm(demonym);
        if (!this.demonymToPlace.has(key)) this.demonymToPlace.set(key, place);
      }
    }
    this.longestPlaceWords = longestPlace;
    this.placeLookup = new PlaceLookup(this.placeByAlias, data.gazetteer ? worldGazetteer : null);
    const records = [...this.termToMeasure].map(([term, measure]) => ({ term, measure }));
    this.fuse = new Fuse(records, { keys: ['term'], includeScore: true, threshold: defaults.fuzzyThreshold, ignoreLocation: true });
  }

  /** The country a place is in and those it touches are countries of the lexicon, and a country is in none. */
  private checkPlace(place: PlaceEntry): void {
    const isCountry = (name: string): boolean => {
      const entry = this.placesByName.get(name);
      return entry !== undefined && isCountryEntry(entry);
    };
    if (place.kind === 'country' && place.country !== undefined) {
      throw new ClaimReconcilerError(format('lexiconCountryInCountry', place.name, place.country));
    }
    if (place.country !== undefined && !isCountry(place.country)) {
      throw new ClaimReconcilerError(format('lexiconUnknownCountry', place.name, place.country));
    }
    for (const touched of place.touches ?? []) {
      if (!isCountry(touched)) throw new ClaimReconcilerError(format('lexiconUnknownTouched', place.name, touched));
    }
  }

  private checkWithin(entry: MeasureEntry): void {
    const seen = new Set<string>([entry.name]);
    let current = entry;
    while (current.within !== undefined) {
      const parent = this.measures.get(current.within);
      if (!parent) throw new ClaimReconcilerError(format('lexiconUnknownWithin', current.name, current.within));
      if (seen.has(parent.name)) throw new ClaimReconcilerError(format('lexiconCycle', entry.name, [...seen].join(' > ')));
      seen.add(parent.name);
      current = parent;
    }
  }

  /** The measure a noun phrase names exactly (after normalisation), or null. */
  measureForTerm(words: string): MeasureMatch | null {
    const name = this.termToMeasure.get(normalizeTerm(words));
    return name === undefined ? null : this.asMatch(name);
  }

  /** The measure a verb counts ("attacked" counts attacks), or null. */
  measureForVerb(verb: string): MeasureMatch | null {
    const name = this.verbToMeasure.get(normalizeTerm(verb));
    return name === undefined ? null : this.asMatch(name);
  }

  /**
   * Fuzzy match for words that are close to a term but not equal to it
   * ("airstrke", "service-members"). Fuse's own threshold does not filter
   * final scores, so the cut-off is applied here.
   */
  fuzzyMeasure(words: string): MeasureMatch | null {
    return this.fuzzyTerm(words)?.match ?? null;
  }

  /** Like `fuzzyMeasure`, with the lexicon term that matched and Fuse's score (0 is perfect). */
  fuzzyTerm(words: string): { match: MeasureMatch; term: string; score: number } | null {
    const key = normalizeTerm(words);
    if (key.length < defaults.fuzzyMinLength || !this.mayBeATypo(key)) return null;
    const [best] = this.fuse.search(key, { limit: 1 });
    if (!best || best.score === undefined || best.score > defaults.fuzzyCutoff) return null;
    return { match: this.asMatch(best.item.measure), term: best.item.term, score: best.score };
  }

  /** True when normalised words are short enough to be a misspelling of some term. */
  mayBeATypo(key: string): boolean {
    return key.length <= this.longestTermLength * defaults.fuzzyMaxLengthFactor;
  }

  private asMatch(name: string): MeasureMatch {
    const entry = this.measures.get(name);
    if (entry?.detail && entry.within !== undefined) {
      return { measure: this.headline(entry.within), subMeasure: name, entry: name };
    }
    return { measure: name, subMeasure: null, entry: name };
  }

  private headline(name: string): string {
    let entry = this.measures.get(name);
    while (entry?.detail && entry.within !== undefined) entry = this.measures.get(entry.within);
    return entry?.name ?? name;
  }

  /** True when the measure counts people (lexicon `persons`). */
  countsPersons(measure: string | null): boolean {
    return measure !== null && this.measures.get(measure)?.persons === true;
  }

  nature(measure: string | null): MeasureNature | null {
    if (measure === null) return null;
    return this.measures.get(measure)?.nature ?? 'count';
  }

  /** The measure and every broader one, narrowest first. */
  ancestors(measure: string): string[] {
    const chain: string[] = [];
    let entry = this.measures.get(measure);
    if (!entry) return [measure];
    while (entry) {
      chain.push(entry.name);
      entry = entry.within === undefined ? undefined : this.measures.get(entry.within);
    }
    return chain;
  }

  /** The broadest measure a measure belongs to: claims are grouped by it. */
  family(measure: string | null): string | null {
    if (measure === null) return null;
    const chain = this.ancestors(measure);
    return chain[chain.length - 1] ?? measure;
  }

  /** True when `narrow` is `wide` or lies within it. */
  isWithin(narrow: string, wide: string): boolean {
    return this.ancestors(narrow).includes(wide);
  }

  hasMeasure(name: string): boolean {
    return this.measures.has(name);
  }

  /**
   * The lexicon place a name or alias refers to, with the country it resolves
   * to; null for a name the lexicon does not list and for a place in no
   * country ("the Red Sea"). The gazetteer is `lookupPlace`'s.
   */
  place(words: string): { place: string; country: string } | null {
    const entry = this.placeByAlias.get(normalizeTerm(words));
    const country = entry ? countryOfEntry(entry) : null;
    return entry && country !== null ? { place: entry.name, country } : null;
  }

  /**
   * What a place name of one to four words is: the lexicon's entry, else a
   * country, else the gazetteer's most prominent place of that name (see
   * place-lookup.ts for the order), with its kind, its country (null for a
   * sea) and where the answer came from. Null for an unknown name and for a
   * one-word name that is a common English word ("Nice", "Reading").
   */
  lookupPlace(words: string, options?: PlaceLookupOptions): PlaceResolution | null {
    return this.placeLookup.lookup(words, options);
  }

  /** Every reading of a place name, best first, common-word readings marked: for callers that weigh context. */
  placeCandidates(words: string): PlaceResolution[] {
    return this.placeLookup.candidates(words);
  }

  /** The country a demonym names ("Syrian" -> Syria). */
  placeForDemonym(word: string): { place: string; country: string } | null {
    const entry = this.demonymToPlace.get(normalizeTerm(word));
    const country = entry ? countryOfEntry(entry) : null;
    return entry && country !== null ? { place: entry.name, country } : null;
  }

  /** The country of a place by its canonical name: the lexicon's entry, else the gazetteer's reading of the name. */
  countryOf(place: string): string | null {
    const entry = this.placesByName.get(place);
    if (entry) return countryOfEntry(entry);
    return this.placeLookup.lookup(place)?.country ?? null;
  }
}

/**
 * A lexicon from data, or the default one extended with it: measures and
 * places of `extension` are added, an entry with the same name replaces the
 * default's, an alias or demonym of the extension wins over the default's,
 * and `gazetteer: false` turns the default's gazetteer off.
 */
export function createLexicon(data: LexiconData, options: { extend?: boolean } = {}): Lexicon {
  if (!options.extend) return new Lexicon(data);
  const base = defaultData as LexiconData;
  const measures = new Map(base.measures.map((m) => [m.name, m]));
  for (const m of data.measures) measures.set(m.name, m);
  // the extension's places come first, so that its aliases and demonyms win over the default's
  const own = new Set(data.places.map((p) => p.name));
  const places = [...data.places, ...base.places.filter((p) => !own.has(p.name))];
  const gazetteer = data.gazetteer ?? base.gazetteer;
  return new Lexicon({
    name: `${base.name}+${data.name}`,
    ...(base.worldCountries || data.worldCountries ? { worldCountries: true } : {}),
    ...(gazetteer !== undefined ? { gazetteer } : {}),
    measures: [...measures.values()],
    places,
  });
}

let defaultLexicon: Lexicon | undefined;

/** The lexicon shipped with the library, compiled once. */
export function getDefaultLexicon(): Lexicon {
  defaultLexicon ??= new Lexicon(defaultData as LexiconData);
  return defaultLexicon;
}

export const defaultLexiconData: LexiconData = defaultData as LexiconData;
