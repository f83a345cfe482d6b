import Fuse from 'fuse.js';
import securityData from './data/security.json';
import disastersData from './data/disasters.json';
import protestsData from './data/protests.json';
import shippingData from './data/shipping.json';
import healthData from './data/health.json';
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

/** `count`: events summed over a period (attacks); `level`: a stock at a date (troops); `event`: one occurrence (a strike). */
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
  /** Whose figure a count is: the groups the beat counts. */
  populations?: PopulationEntry[];
  /** Names that make a speaker phrase an organisation, and outlets that relay a source. */
  sources?: SourceVocabulary;
  /** For a lexicon merged from others, their names in order. */
  beats?: string[];
}

export interface PopulationEntry {
  name: string;
  terms: string[];
  /** Armed forces: a country named with them says whose forces they are ("US troops"). */
  military?: boolean;
}

export interface SourceVocabulary {
  organizations?: string[];
  outlets?: string[];
}

/** A group a noun phrase names, as a claim's population carries it. */
export interface PopulationMatch {
  group: string;
  military: boolean;
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
  /** Groups of people (populations) it never counts: "troops took part" are no protesters. */
  excludes?: string[];
}

/** A place of the lexicon: its canonical name, aliases, demonyms, and the country it lies in (none for a country). */
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
  private readonly termToPopulation = new Map<string, PopulationEntry>();
  private readonly organizations = new Set<string>();
  private readonly outlets = new Set<string>();
  /** Longest population term or source name, in words. */
  readonly longestPopulationWords: number;
  readonly longestSourceWords: number;
  /** Longest term, in words: how far back from a noun a phrase can reach. */
  readonly longestTermWords: number;
  /** Longest term, in characters after normalisation: words far longer are no typo of any. */
  readonly longestTermLength: number;
  readonly longestPlaceWords: number;
  /** Longest verb phrase, in words ("pulled from the rubble"). */
  readonly longestVerbWords: number;
  private readonly placeLookup: PlaceLookup;

  constructor(data: LexiconData) {
    const label = `lexicon ${JSON.stringify(String((data as { name?: unknown })?.name ?? ''))}`;
    assertValid('lexicon', data, label, 'invalid-lexicon');
    this.data = data;
    const invalid = (message: string, field: string) => new ClaimReconcilerError('invalid-lexicon', message, { record: label, field });
    let longest = 1;
    let longestLength = 1;
    let longestVerb = 1;
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
        longestVerb = Math.max(longestVerb, key.split(' ').length);
      }
    }
    this.longestTermWords = longest;
    this.longestVerbWords = longestVerb;
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
    data.places.forEach((place, index) => this.checkPlace(place, index, invalid));
    for (const place of places) {
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
    let longestPopulation = 1;
    for (const population of data.populations ?? []) {
      for (const term of [population.name, ...population.terms]) {
        const key = normalizeTerm(term);
        if (!this.termToPopulation.has(key)) this.termToPopulation.set(key, population);
        longestPopulation = Math.max(longestPopulation, key.split(' ').length);
      }
    }
    this.longestPopulationWords = longestPopulation;
    let longestSource = 1;
    for (const [names, into] of [
      [data.sources?.organizations ?? [], this.organizations],
      [data.sources?.outlets ?? [], this.outlets],
    ] as const) {
      for (const name of names) {
        const key = normalizeTerm(name);
        into.add(key);
        longestSource = Math.max(longestSource, key.split(' ').length);
      }
    }
    this.longestSourceWords = longestSource;
    this.placeLookup = new PlaceLookup(this.placeByAlias, data.gazetteer ? worldGazetteer : null);
    const records = [...this.termToMeasure].map(([term, measure]) => ({ term, measure }));
    this.fuse = new Fuse(records, { keys: ['term'], includeScore: true, threshold: defaults.fuzzyThreshold, ignoreLocation: true });
  }

  /** The country a place is in and those it touches are countries of the lexicon, and a country is in none. */
  private checkPlace(place: PlaceEntry, index: number, invalid: (message: string, field: string) => Error): void {
    const isCountry = (name: string): boolean => {
      const entry = this.placesByName.get(name);
      return entry !== undefined && isCountryEntry(entry);
    };
    if (place.kind === 'country' && place.country !== undefined) {
      throw invalid(format('lexiconCountryInCountry', place.name, place.country), `/places/${index}/country`);
    }
    if (place.country !== undefined && !isCountry(place.country)) {
      throw invalid(format('lexiconUnknownCountry', place.name, place.country), `/places/${index}/country`);
    }
    (place.touches ?? []).forEach((touched, t) => {
      if (!isCountry(touched)) throw invalid(format('lexiconUnknownTouched', place.name, touched), `/places/${index}/touches/${t}`);
    });
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

  /** The group a noun phrase names ("US troops" names forces), singular or plural; null for none. */
  populationForTerm(words: string): PopulationMatch | null {
    const key = normalizeTerm(words);
    const entry =
      this.termToPopulation.get(key) ?? this.termToPopulation.get(key.replace(/s$/, '')) ?? this.termToPopulation.get(`${key}s`);
    return entry ? { group: entry.name, military: entry.military === true } : null;
  }

  /** True when the words name an organisation the beat knows ("Pentagon", "White Helmets", "CGT"). */
  isOrganization(words: string): boolean {
    return this.organizations.has(normalizeTerm(words));
  }

  /** True when the words name an outlet that relays sources ("Reuters", "CNews"). */
  isOutlet(words: string): boolean {
    return this.outlets.has(normalizeTerm(words));
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

  /** True when the measure can count a group: not one of its `excludes`. */
  counts(measure: string, group: string | null): boolean {
    return group === null || !(this.measures.get(measure)?.excludes ?? []).includes(group);
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
 * One lexicon from several: measures, places and populations by name (a later entry with the same name
 * replaces an earlier one), source names united, world countries when any part asks for them.
 */
export function mergeLexiconData(name: string, parts: readonly LexiconData[]): LexiconData {
  const measures = new Map<string, MeasureEntry>();
  const places = new Map<string, PlaceEntry>();
  const populations = new Map<string, PopulationEntry>();
  const organizations = new Set<string>();
  const outlets = new Set<string>();
  let gazetteer: boolean | undefined;
  // later parts first among places, so that their aliases and demonyms win over earlier ones
  for (const part of [...parts].reverse()) for (const p of part.places) if (!places.has(p.name)) places.set(p.name, p);
  // a term or verb a later part gives its own measure is taken from an earlier part's ("deaths": health's
  // deaths, not security's killed), as a later entry with the same name replaces an earlier one
  const claimedLater: Set<string>[] = parts.map(() => new Set());
  for (let i = parts.length - 2; i >= 0; i--) {
    claimedLater[i] = new Set(claimedLater[i + 1]);
    for (const m of parts[i + 1]!.measures) for (const word of [...m.terms, ...(m.verbs ?? [])]) claimedLater[i]!.add(normalizeTerm(word));
  }
  parts.forEach((part, i) => {
    const claimed = claimedLater[i]!;
    for (const m of part.measures) {
      const keep = (word: string): boolean => !claimed.has(normalizeTerm(word));
      const terms = m.terms.filter(keep);
      // a measure every term of which is taken keeps them: it may still be the parent of others
      const kept = claimed.size === 0 || terms.length === 0 ? m : { ...m, terms, ...(m.verbs ? { verbs: m.verbs.filter(keep) } : {}) };
      measures.set(m.name, kept);
    }
  });
  for (const part of parts) {
    for (const p of part.populations ?? []) populations.set(p.name, p);
    for (const o of part.sources?.organizations ?? []) organizations.add(o);
    for (const o of part.sources?.outlets ?? []) outlets.add(o);
    if (part.gazetteer !== undefined) gazetteer = part.gazetteer;
  }
  return {
    name,
    ...(parts.some((part) => part.worldCountries) ? { worldCountries: true } : {}),
    ...(gazetteer !== undefined ? { gazetteer } : {}),
    beats: parts.map((part) => part.name),
    measures: [...measures.values()],
    places: [...places.values()],
    populations: [...populations.values()],
    sources: { organizations: [...organizations], outlets: [...outlets] },
  };
}

/** The beats of the default lexicon, in the order they are merged. */
export const BEATS: Readonly<Record<string, LexiconData>> = Object.freeze({
  security: securityData as LexiconData,
  disasters: disastersData as LexiconData,
  protests: protestsData as LexiconData,
  shipping: shippingData as LexiconData,
  health: healthData as LexiconData,
});

/**
 * The default lexicon: every beat. Health's "deaths" is left out, so that deaths in news copy are the
 * killed among casualties; a health desk reconciling its own datasets uses the health beat alone.
 */
const defaultData: LexiconData = mergeLexiconData('news', [
  BEATS.security!,
  BEATS.disasters!,
  BEATS.protests!,
  BEATS.shipping!,
  { ...BEATS.health!, measures: BEATS.health!.measures.filter((m) => m.name !== 'deaths' && m.within !== 'deaths') },
]);

/**
 * A lexicon from data, or the default one extended with it: measures and
 * places of `extension` are added, an entry with the same name replaces the
 * default's, an alias or demonym of the extension wins over the default's,
 * and `gazetteer: false` turns the default's gazetteer off.
 */
export function createLexicon(data: LexiconData, options: { extend?: boolean } = {}): Lexicon {
  if (!options.extend) return new Lexicon(data);
  // validated first, so that a broken extension is named as itself and not as the merge
  assertValid('lexicon', data, `lexicon ${JSON.stringify(String((data as { name?: unknown })?.name ?? ''))}`, 'invalid-lexicon');
  return new Lexicon(mergeLexiconData(`${defaultData.name}+${data.name}`, [defaultData, data]));
}

let defaultLexicon: Lexicon | undefined;

/** The lexicon shipped with the library, compiled once. */
export function getDefaultLexicon(): Lexicon {
  defaultLexicon ??= new Lexicon(defaultData);
  return defaultLexicon;
}

/** The data of the default lexicon (every beat: security, disasters, protests, shipping, health): a starting point for `createLexicon({ ... }, { extend: true })`. */
export const defaultLexiconData: LexiconData = defaultData;

/**
 * One beat on the base every beat builds on, security's (people killed and injured, attacks, and the
 * world's places): a desk that reconciles only its own beat ("health", where deaths stay deaths rather than
 * the killed among casualties) still reads people harmed and places. Undefined for a name that is not a beat.
 */
export function beatLexiconData(beat: string): LexiconData | undefined {
  if (!Object.prototype.hasOwnProperty.call(BEATS, beat)) return undefined;
  return beat === 'security' ? BEATS.security! : mergeLexiconData(beat, [BEATS.security!, BEATS[beat]!]);
}
