/**
 * Locative groups: the places a sentence puts things in. A place counts
 * when a locative word introduces it ("in Iraq and Syria", "near the city
 * of Albukamal", "at the Al-Asad Air Base", "in the autonomous region of
 * Kurdistan", "struck two sites in eastern Syria"); a country named as an
 * owner ("US forces", "Syria's largest field") or as a neighbour ("on the
 * border with Iraq") does not. Verbs that count attacks ("struck",
 * "shelled") are locatives too: their object is where the attack was.
 */
import { isTitleCase } from '../text/title-case';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/tokens';
import { AUXILIARIES, CLAUSE_OPENERS, CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS } from '../english/function-words';
import { MONTHS, WEEKDAYS } from '../english/calendar';
import { mayStartWordNumber } from '../numbers/not-numbers';
import {
  DIRECTION_WORDS,
  LOCATIVE_WORDS,
  NAME_PARTICLE_START,
  NEIGHBOUR_WORDS,
  PLACE_NOUNS,
  PLACE_SKIPPABLE_WORDS,
  EVENT_NOUNS,
} from '../english/places';

export interface PlaceHit {
  place: string;
  country: string;
  first: number;
  last: number;
}

export interface LocativeGroup {
  hits: PlaceHit[];
  first: number;
  last: number;
  /** "in the Red Sea", "in the Middle East": a named place the lexicon does not know, at no country. */
  unknown?: boolean;
}

/** How many capitalised words an unknown place name may have ("in the Gulf of Aden"). */
const MAX_UNKNOWN_PLACE_WORDS = 4;
/** How far back a "border with" is looked for before a locative. */
const BORDER_REACH = 3;

/** Where the text is: countries it names, by which the gazetteer tells Laval (France) from Laval (Quebec). */
export interface PlaceContext {
  lexicon: Lexicon;
  countries: readonly string[];
  /** False for a first look with the lexicon's own places only. */
  gazetteer: boolean;
}

/** The longest place starting at token `k`: the lexicon's, else the gazetteer's; a sea or a region at no country is no hit. */
function placeAt(tokens: readonly Token[], k: number, places: PlaceContext): PlaceHit | null {
  const lexicon = places.lexicon;
  // a place name starts with a capital ("Syria", "Deir ez-Zor") or a name particle ("al-Omar")
  const first = tokens[k];
  if (first?.kind !== 'word' || !(/^\p{Lu}/u.test(first.text) || NAME_PARTICLE_START.test(first.norm))) return null;
  for (let n = Math.min(lexicon.longestPlaceWords + 1, tokens.length - k); n >= 1; n--) {
    const slice = tokens.slice(k, k + n);
    if (slice.some((t) => t.kind !== 'word' && !(t.kind === 'punct' && (t.norm === '-' || t.norm === "'")))) continue;
    const words = slice
      .map((t) => t.text)
      .join(' ')
      .replace(/'s$/, '');
    const resolved = places.gazetteer ? lexicon.lookupPlace(words, { countries: places.countries }) : lexicon.place(words);
    if (!resolved) continue;
    // "in the Red Sea": a place, but in no country
    if (resolved.country === null) return null;
    const found = { place: resolved.place, country: resolved.country };
    // "us" is a pronoun; an acronym must be written in capitals
    if (words.replace(/[^\p{L}]/gu, '').length <= 3 && words !== words.toUpperCase()) continue;
    // "Syria's largest field" names an owner; "Iraq's Kurdistan region" and "Syria's east" are places
    if (/'s$/.test(slice[slice.length - 1]!.norm)) {
      const next = tokens[k + n];
      const placeFollows =
        next !== undefined && (placeAt(tokens, k + n, places) !== null || PLACE_NOUNS.has(next.norm) || DIRECTION_WORDS.test(next.norm));
      if (!placeFollows) return null;
    }
    return { ...found, first: k, last: k + n - 1 };
  }
  return null;
}

/**
 * "US forces", "Iraqi Kurdistan Air": a place written before a noun qualifies the noun and places nothing,
 * unless the noun is an event ("in France unrest").
 */
function isModifier(next: Token | undefined): boolean {
  if (next === undefined || next.kind !== 'word') return false;
  const word = next.norm;
  if (EVENT_NOUNS.has(word)) return false;
  if (isCapitalized(next)) return !(MONTHS.has(word) || WEEKDAYS.has(word));
  if (
    FUNCTION_WORDS.has(word) ||
    PREPOSITIONS.has(word) ||
    AUXILIARIES.has(word) ||
    CLAUSE_OPENERS.has(word) ||
    CONJUNCTIONS.has(word) ||
    DETERMINERS.has(word)
  )
    return false;
  if (/(?:ed|ing|ly)$/.test(word) || PLACE_NOUNS.has(word) || NOT_MODIFIED_BY_PLACE.has(word)) return false;
  return true;
}

/** Adverbs and verbs that follow a place without being qualified by it: "in Hatay alone", "in Erbil also reported". */
const NOT_MODIFIED_BY_PLACE: ReadonlySet<string> = new Set([
  'also',
  'alone',
  'too',
  'still',
  'again',
  'now',
  'then',
  'today',
  'tonight',
  'yesterday',
  'overnight',
  'itself',
  'only',
  'so',
  'as',
  'says',
  'say',
  'said',
]);

const isSkippable = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]!.kind === 'word' &&
  (PLACE_SKIPPABLE_WORDS.has(tokens[j]!.norm) ||
    DIRECTION_WORDS.test(tokens[j]!.norm) ||
    (PLACE_NOUNS.has(tokens[j]!.norm) && tokens[j + 1]?.norm === 'of'));

/** Places of the group a locative word opens at `k`: "in both Iraq and Syria", "near the city of Albukamal". */
function groupAt(tokens: readonly Token[], k: number, places: PlaceContext): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let j = k + 1;
  for (;;) {
    while (j < tokens.length && isSkippable(tokens, j)) j++;
    const hit = placeAt(tokens, j, places);
    if (!hit) {
      // "on US and coalition bases": a list that goes on with a modifier and its noun qualifies the noun
      // ("in Iraq and nine separate times in Syria": a number after "and" starts another figure)
      if (
        hits.length > 0 &&
        /^(?:and|or|&)$/.test(tokens[j - 1]?.norm ?? '') &&
        tokens[j]?.kind === 'word' &&
        !mayStartWordNumber(tokens[j]!.norm) &&
        isModifier(tokens[j + 1])
      )
        return [];
      break;
    }
    // "US forces" places nothing; "Israel, and Gaza health authorities" keeps Israel
    if (isModifier(tokens[hit.last + 1])) return hits;
    hits.push(hit);
    j = hit.last + 1;
    // "province", "Air Base": a place noun after the name belongs to it
    while (j < tokens.length && tokens[j]!.kind === 'word' && PLACE_NOUNS.has(tokens[j]!.norm)) j++;
    // "Marseille (Bouches-du-Rhône)": a region in brackets after a place belongs to it
    if (tokens[j]?.norm === '(' && placeAt(tokens, j + 1, places) && tokens[(placeAt(tokens, j + 1, places)?.last ?? j) + 1]?.norm === ')')
      j = placeAt(tokens, j + 1, places)!.last + 2;
    const joiner = tokens[j]?.norm;
    if (joiner === 'and' || joiner === 'or' || joiner === ',' || joiner === '&') {
      j++;
      if (tokens[j]?.norm === 'and' || tokens[j]?.norm === 'in') j++;
      continue;
    }
    break;
  }
  return hits;
}

/** "in the Red Sea": after "in", a capitalised name the lexicon does not know; the index of its last word, or -1. */
function unknownPlaceAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'in' && tokens[k]?.norm !== 'across' && tokens[k]?.norm !== 'throughout') return -1;
  let j = k + 1;
  if (tokens[j]?.norm === 'the') j++;
  let last = -1;
  while (
    j < tokens.length &&
    isCapitalized(tokens[j]) &&
    !MONTHS.has(tokens[j]!.norm) &&
    !WEEKDAYS.has(tokens[j]!.norm) &&
    j - k <= MAX_UNKNOWN_PLACE_WORDS
  )
    last = j++;
  // a name followed by a noun qualifies the noun ("in US custody" is no place)
  return last > 0 && !isModifier(tokens[last + 1]) ? last : -1;
}

const isLocative = (token: Token, lexicon: Lexicon): boolean =>
  token.kind === 'word' &&
  (LOCATIVE_WORDS.has(token.norm) || (!isCapitalized(token) && lexicon.measureForVerb(token.norm)?.measure === 'attacks'));

/**
 * "Turkey, Syria earthquake death toll": in a headline, places written before an event noun are where
 * it happened, with no locative word (headlines drop them).
 */
function eventPlacesAt(tokens: readonly Token[], k: number, places: PlaceContext): PlaceHit[] {
  const hits = groupAt(tokens, k - 1, places);
  if (hits.length === 0) return [];
  const after = tokens[hits[hits.length - 1]!.last + 1];
  return after !== undefined && EVENT_NOUNS.has(after.norm) ? hits : [];
}

/** Every locative group of a sentence, in order; `headline` adds the places of events a headline names. */
export function locativeGroups(tokens: readonly Token[], places: PlaceContext, headline = false): LocativeGroup[] {
  const lexicon = places.lexicon;
  const groups: LocativeGroup[] = [];
  // "In Coastal Towns": in title case a capital makes no name, so no unknown place either
  const titleCase = isTitleCase(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (headline && (k === 0 || !isLocative(tokens[k - 1]!, lexicon)) && placeAt(tokens, k, places)) {
      const hits = eventPlacesAt(tokens, k, places);
      if (hits.length > 0) {
        groups.push({ hits, first: k, last: hits[hits.length - 1]!.last });
        k = hits[hits.length - 1]!.last;
        continue;
      }
    }
    if (!isLocative(token, lexicon)) continue;
    // "on the border with Iraq" points at a neighbour
    if (NEIGHBOUR_WORDS.has(tokens[k - 1]?.norm ?? '') && token.norm !== 'in') continue;
    const hits = groupAt(tokens, k, places);
    if (hits.length === 0) {
      const unknown = titleCase ? -1 : unknownPlaceAt(tokens, k);
      if (unknown > k && token.norm !== 'on' && token.norm !== 'against' && token.norm !== 'at')
        groups.push({ hits: [], first: k, last: unknown, unknown: true });
      continue;
    }
    const previous = tokens.slice(Math.max(0, k - BORDER_REACH), k).map((t) => t.norm);
    if (previous.some((w) => NEIGHBOUR_WORDS.has(w)) && previous.includes('with')) continue;
    groups.push({ hits, first: k, last: hits[hits.length - 1]!.last });
    k = hits[hits.length - 1]!.last;
  }
  // "with" after a border word is never a locative, but the words after "border with" must not be read by a later group
  return groups.filter((group) => !(group.first > 0 && tokens[group.first - 1]?.norm === 'with'));
}

export const countriesOf = (hits: readonly PlaceHit[]): string[] => [...new Set(hits.map((h) => h.country))].sort();
export const placesOf = (hits: readonly PlaceHit[]): string[] => [...new Set(hits.map((h) => h.place))].sort();
