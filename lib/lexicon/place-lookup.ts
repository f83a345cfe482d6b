/**
 * Place names resolved to their country, in a fixed order:
 *
 * 1. the lexicon's own entries, by name or alias ("Gaza" is Palestine in the
 *    default lexicon; "the Red Sea" is water in no country), exact, then with
 *    accents, hyphens and apostrophes folded ("Deir ez Zor");
 * 2. every ISO 3166 country by its English names, under the lexicon's name for it;
 * 3. the gazetteer (gazetteer.ts): first-level divisions and populated places.
 *    A one-word name that is a common English word ("Nice", "Reading",
 *    "Police"), a month or weekday ("Nov"), initials ("UPI") or a particle
 *    ("Al") is no place by itself. Among the rest, a place in one of the
 *    countries the caller says the text is about wins; then the most populous
 *    (a division weighs the people of its places); and a city wins over the
 *    division of the same name it lies in ("Aleppo" is the city, in the
 *    Aleppo governorate).
 */
import type { PlaceEntry } from './lexicon';
import type { PlaceKind } from './place-kinds';
import { countryOfEntry, kindOf } from './place-kinds';
import { isoCountries } from './countries';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { foldName, normalizeTerm } from './normalize';
import { defaults } from '../config/defaults';

/** What a place name resolves to. */
export interface PlaceResolution {
  /** The canonical name: the lexicon's, else the GeoNames spelling. */
  place: string;
  /** The country it is in (itself for a country); null for a sea or a region that spans countries. */
  country: string | null;
  kind: PlaceKind;
  source: 'lexicon' | 'gazetteer';
  /** A gazetteer city's first-level division ("Hatay" for Antakya). */
  region?: string;
  /** For a place in no country: the countries it borders or spans (context, never its country). */
  touches?: readonly string[];
  /** Only from `placeCandidates`: a one-word name that is a common English word, which `lookupPlace` skips. */
  commonWord?: true;
}

export interface PlaceLookupOptions {
  /**
   * Countries the text is about (by the lexicon's names): a gazetteer place in
   * one of them wins over a more populous namesake elsewhere ("Laval" in a
   * story about France is not the city in Quebec). Lexicon entries still win.
   */
  countries?: readonly string[];
  /** Also resolve a one-word name that is a common English word ("Nice", "Split"). */
  commonWords?: boolean;
}

export class PlaceLookup {
  private foldedAliases: Map<string, PlaceEntry> | undefined;
  private countryNames: Map<string, string> | undefined;
  private isoByName: Map<string, string> | undefined;
  private readonly fromLexicon = new Map<PlaceEntry, PlaceResolution>();

  constructor(
    private readonly byAlias: ReadonlyMap<string, PlaceEntry>,
    private readonly gazetteer: (() => Gazetteer) | null,
  ) {}

  lookup(words: string, options: PlaceLookupOptions = {}): PlaceResolution | null {
    const key = normalizeTerm(words);
    if (!isLookupable(key)) return null;
    // "the Red Sea", "the Gulf of Aden"; "The Hague" is found as written first
    if (key.startsWith('the ')) {
      return this.lookupKey(key, words, options) ?? this.lookupKey(key.slice(4), words.replace(/^\s*the\s+/i, ''), options);
    }
    return this.lookupKey(key, words, options);
  }

  /** `key` is `written` through normalizeTerm. */
  private lookupKey(key: string, written: string, options: PlaceLookupOptions): PlaceResolution | null {
    const folded = foldName(key);
    const own = this.byAlias.get(key) ?? this.folded().get(folded);
    if (own) return this.lexiconResolution(own);
    if (this.gazetteer === null) return null;
    const country = this.isoCountry(folded);
    if (country !== null) return country;
    const gazetteer = this.gazetteer();
    const entries = gazetteer.entries(folded);
    if (entries.length === 0 || isInitialsOrParticle(key, written)) return null;
    if (!options.commonWords && gazetteer.isCommonWord(folded)) return null;
    const wanted = options.countries !== undefined && options.countries.length > 0 ? new Set(options.countries) : null;
    const best = (wanted && entries.find((entry) => wanted.has(this.countryName(entry.countryCode)))) || entries[0]!;
    return this.gazetteerResolution(cityOfItsName(best, entries));
  }

  /** Every reading of a name, in the order `lookup` ranks them (before any `countries` preference). */
  candidates(words: string): PlaceResolution[] {
    const key = normalizeTerm(words);
    if (!isLookupable(key)) return [];
    if (key.startsWith('the ')) {
      const found = this.candidatesOfKey(key);
      return found.length > 0 ? found : this.candidatesOfKey(key.slice(4));
    }
    return this.candidatesOfKey(key);
  }

  private candidatesOfKey(key: string): PlaceResolution[] {
    const folded = foldName(key);
    const found: PlaceResolution[] = [];
    const own = this.byAlias.get(key) ?? this.folded().get(folded);
    if (own) found.push(this.lexiconResolution(own));
    if (this.gazetteer === null) return found;
    const country = this.isoCountry(folded);
    if (country !== null) found.push(country);
    const gazetteer = this.gazetteer();
    const common = gazetteer.isCommonWord(folded);
    const entries = gazetteer.entries(folded);
    const first = entries.length > 0 ? cityOfItsName(entries[0]!, entries) : undefined;
    for (const entry of first === undefined ? [] : [first, ...entries.filter((e) => e !== first)]) {
      const resolution = this.gazetteerResolution(entry);
      found.push(common ? { ...resolution, commonWord: true } : resolution);
    }
    return found;
  }

  private lexiconResolution(entry: PlaceEntry): PlaceResolution {
    let resolution = this.fromLexicon.get(entry);
    if (!resolution) {
      resolution = Object.freeze({
        place: entry.name,
        country: countryOfEntry(entry),
        kind: kindOf(entry),
        source: 'lexicon' as const,
        ...(entry.touches ? { touches: Object.freeze([...entry.touches]) } : {}),
      });
      this.fromLexicon.set(entry, resolution);
    }
    return resolution;
  }

  private gazetteerResolution(entry: GazetteerEntry): PlaceResolution {
    return {
      place: entry.name,
      country: this.countryName(entry.countryCode),
      kind: entry.kind,
      source: 'gazetteer',
      ...(entry.kind === 'city' && entry.division !== null ? { region: entry.division } : {}),
    };
  }

  private isoCountry(folded: string): PlaceResolution | null {
    if (!this.isoByName) {
      this.isoByName = new Map();
      for (const { code, name, aliases } of isoCountries()) {
        for (const alias of [name, ...aliases]) if (!this.isoByName.has(foldName(alias))) this.isoByName.set(foldName(alias), code);
      }
    }
    const code = this.isoByName.get(folded);
    if (code === undefined) return null;
    const name = this.countryName(code);
    return { place: name, country: name, kind: 'country', source: 'gazetteer' };
  }

  /** The lexicon's name for an ISO country ("Turkey", not "Türkiye", in the default lexicon), else the ISO one. */
  countryName(code: string): string {
    if (!this.countryNames) {
      this.countryNames = new Map();
      for (const { code: isoCode, name, aliases } of isoCountries()) {
        // the most specific name first: "Republic of the Congo" before the "Congo" both Congos share
        const names = [name, ...aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
        const own = names.map((alias) => this.byAlias.get(normalizeTerm(alias))).find((e) => e && kindOf(e) === 'country');
        this.countryNames.set(isoCode, own ? own.name : name);
      }
    }
    return this.countryNames.get(code) ?? code;
  }

  private folded(): Map<string, PlaceEntry> {
    if (!this.foldedAliases) {
      this.foldedAliases = new Map();
      for (const [key, entry] of this.byAlias) {
        const folded = foldName(key);
        if (!this.foldedAliases.has(folded)) this.foldedAliases.set(folded, entry);
      }
    }
    return this.foldedAliases;
  }
}

/**
 * "UPI" and "AFP" are initials, "Al" and "El" particles of longer names, not
 * the towns of those names in the Philippines or Norway: a gazetteer name
 * is one word of three letters or more, and not written in capitals when
 * it has four letters or fewer (a dateline's "WASHINGTON" stays a place).
 */
function isInitialsOrParticle(key: string, words: string): boolean {
  if (key.includes(' ')) return false;
  const letters = words.replace(/[^\p{L}]/gu, '');
  return letters.length < 3 || (letters.length <= 4 && letters === letters.toUpperCase());
}

function isLookupable(key: string): boolean {
  return key !== '' && key.split(' ').length <= defaults.gazetteerMaxWords;
}

/** A division and a city of one name: the city when it lies in that division ("Aleppo", "Kharkiv", "Lagos"). */
function cityOfItsName(best: GazetteerEntry, entries: readonly GazetteerEntry[]): GazetteerEntry {
  if (best.kind !== 'region') return best;
  return (
    entries.find((entry) => entry.kind === 'city' && entry.countryCode === best.countryCode && entry.divisionCode === best.divisionCode) ??
    best
  );
}
