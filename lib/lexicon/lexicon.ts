import Fuse from 'fuse.js';
import defaultData from './data/security.json';
import { assertValid } from '../schema/validate';
import { ClaimReconcilerError, format } from '../errors/messages';
import { defaults } from '../config/defaults';
import { normalizeTerm } from './normalize';
import { withWorldCountries } from './countries';

/** `count`: events summed over a period (attacks); `level`: a stock at a date (troops); `event`: one occurrence (a strike). */
export type MeasureNature = 'count' | 'level' | 'event';

/** The lexicon as data, exactly as `schemas/lexicon.schema.json` describes it. */
export interface LexiconData {
  name: string;
  description?: string;
  /** Add every ISO 3166 country as a place (see countries.ts); places listed in `places` win. */
  worldCountries?: boolean;
  measures: MeasureEntry[];
  places: PlaceEntry[];
}

/** A measure of the lexicon: its canonical name, the words for it, and the wider measure it lies within. */
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

/** A place of the lexicon: its canonical name, aliases, demonyms, and the country it lies in (none for a country). */
export interface PlaceEntry {
  name: string;
  aliases?: string[];
  demonyms?: string[];
  country?: string;
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

  constructor(data: LexiconData) {
    const label = `lexicon ${JSON.stringify(String((data as { name?: unknown })?.name ?? ''))}`;
    assertValid('lexicon', data, label, 'invalid-lexicon');
    this.data = data;
    const invalid = (message: string, field: string) => new ClaimReconcilerError('invalid-lexicon', message, { record: label, field });
    let longest = 1;
    let longestLength = 1;
    data.measures.forEach((entry, index) => {
      if (this.measures.has(entry.name)) throw invalid(format('lexiconDuplicate', 'measure', entry.name), `/measures/${index}/name`);
      this.measures.set(entry.name, entry);
    });
    data.measures.forEach((entry, index) => {
      const problem = this.withinProblem(entry);
      if (problem !== null) throw invalid(problem, `/measures/${index}/within`);
    });
    for (const entry of data.measures) {
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
    const ownNames = new Set<string>();
    data.places.forEach((place, index) => {
      // checked before the world's countries are merged in, which would fold a repeated name into one
      if (ownNames.has(place.name)) throw invalid(format('lexiconDuplicate', 'place', place.name), `/places/${index}/name`);
      ownNames.add(place.name);
    });
    const places = data.worldCountries ? withWorldCountries(data.places) : data.places;
    for (const place of places) this.placesByName.set(place.name, place);
    data.places.forEach((place, index) => {
      if (place.country === undefined) return;
      const country = this.placesByName.get(place.country);
      if (!country || country.country !== undefined) {
        throw invalid(format('lexiconUnknownCountry', place.name, place.country), `/places/${index}/country`);
      }
    });
    for (const place of places) {
      for (const alias of [place.name, ...(place.aliases ?? [])]) {
        const key = normalizeTerm(alias);
        if (!this.placeByAlias.has(key)) this.placeByAlias.set(key, place);
        longestPlace = Math.max(longestPlace, key.split(' ').length);
      }
      for (const demonym of place.demonyms ?? []) this.demonymToPlace.set(normalizeTerm(demonym), place);
    }
    this.longestPlaceWords = longestPlace;
    const records = [...this.termToMeasure].map(([term, measure]) => ({ term, measure }));
    this.fuse = new Fuse(records, { keys: ['term'], includeScore: true, threshold: defaults.fuzzyThreshold, ignoreLocation: true });
  }

  /** Why a measure's chain of `within` is broken, or null when it ends at a measure that stands alone. */
  private withinProblem(entry: MeasureEntry): string | null {
    const seen = new Set<string>([entry.name]);
    let current = entry;
    while (current.within !== undefined) {
      const parent = this.measures.get(current.within);
      if (!parent) return format('lexiconUnknownWithin', current.name, current.within);
      if (seen.has(parent.name)) return format('lexiconCycle', entry.name, [...seen].join(' > '));
      seen.add(parent.name);
      current = parent;
    }
    return null;
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

  /** How a measure counts (see `MeasureNature`); `count` for a measure the lexicon lacks, null for none. */
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

  /** True when the lexicon defines a measure of that canonical name. */
  hasMeasure(name: string): boolean {
    return this.measures.has(name);
  }

  /** The place a name or alias refers to, with the country it resolves to. */
  place(words: string): { place: string; country: string } | null {
    const entry = this.placeByAlias.get(normalizeTerm(words));
    return entry ? { place: entry.name, country: entry.country ?? entry.name } : null;
  }

  /** The country a demonym names ("Syrian" -> Syria). */
  placeForDemonym(word: string): { place: string; country: string } | null {
    const entry = this.demonymToPlace.get(normalizeTerm(word));
    return entry ? { place: entry.name, country: entry.country ?? entry.name } : null;
  }

  /** The country of a canonical place name (a country is its own), or null when the lexicon lacks it. */
  countryOf(place: string): string | null {
    const entry = this.placesByName.get(place);
    if (!entry) return null;
    return entry.country ?? entry.name;
  }
}

/**
 * A lexicon from data, or the default one extended with it: measures and
 * places of `extension` are added, and an entry with the same name replaces
 * the default's.
 */
export function createLexicon(data: LexiconData, options: { extend?: boolean } = {}): Lexicon {
  if (!options.extend) return new Lexicon(data);
  const base = defaultData as LexiconData;
  const measures = new Map(base.measures.map((m) => [m.name, m]));
  for (const m of data.measures) measures.set(m.name, m);
  const places = new Map(base.places.map((p) => [p.name, p]));
  for (const p of data.places) places.set(p.name, p);
  return new Lexicon({
    name: `${base.name}+${data.name}`,
    ...(base.worldCountries || data.worldCountries ? { worldCountries: true } : {}),
    measures: [...measures.values()],
    places: [...places.values()],
  });
}

let defaultLexicon: Lexicon | undefined;

/** The lexicon shipped with the library, compiled once. */
export function getDefaultLexicon(): Lexicon {
  defaultLexicon ??= new Lexicon(defaultData as LexiconData);
  return defaultLexicon;
}

/** The data of the default lexicon (armed conflict and security): a starting point for `createLexicon({ ... }, { extend: true })`. */
export const defaultLexiconData: LexiconData = defaultData as LexiconData;
