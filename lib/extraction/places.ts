/**
 * Stage: where each figure is, at country level. A place counts when a
 * locative word introduces it ("in Iraq and Syria", "near the city of
 * Albukamal", "at the Al-Asad Air Base", "in the autonomous region of
 * Kurdistan"); a country named as an owner ("US forces", "Syria's largest
 * field") or as a neighbour ("on the border with Iraq") does not. A figure
 * takes the first places after it in its sentence, else the nearest before
 * it, else those of the sentence before (two at most), which is how a
 * reader carries "in Iraq and Syria" into "21 soldiers were injured".
 */
import type { ExtractionContext, PlaceReading, Quantity, SentenceAnalysis } from './context';
import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from './text/tokens';
import { isCapitalized } from './text/tokens';
import { AUXILIARIES, CLAUSE_OPENERS, CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS } from './english/function-words';
import { MONTHS, WEEKDAYS } from './english/calendar';

const LOCATIVES: ReadonlySet<string> = new Set([
  'in',
  'inside',
  'across',
  'throughout',
  'near',
  'within',
  'into',
  'at',
  'outside',
  'around',
  'over',
  'off',
  'on',
  'targeting',
  'against',
  'toward',
  'towards',
  'hit',
  'struck',
  'targeted',
  'attacked',
  'bombed',
  'shelled',
  'raided',
  'stormed',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north',
  'south',
  'east',
  'west',
]);
const SKIPPABLE: ReadonlySet<string> = new Set([
  'the',
  'both',
  'neighboring',
  'neighbouring',
  'nearby',
  'occupied',
  'autonomous',
  'semi-autonomous',
  'parts',
  'part',
  'of',
]);
const DIRECTIONS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower)$/;
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'province',
  'region',
  'governorate',
  'district',
  'area',
  'capital',
  'border',
  'territory',
  'country',
  'state',
  'base',
  'outskirts',
  'suburbs',
  'coast',
  'waters',
  'airspace',
  'desert',
  'countryside',
  'side',
]);
const NEIGHBOUR_WORDS: ReadonlySet<string> = new Set(['border', 'borders', 'frontier', 'boundary']);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'while', 'whereas', 'although', 'though', 'but', 'which', 'who', 'where']);

interface PlaceHit {
  place: string;
  country: string;
  first: number;
  last: number;
}

/** The longest lexicon place starting at token `k`. */
const LOWER_CASE_PLACE_START = /^(?:al|el|ad|ar|as|at|an|az|ash|ed|ez|um|ain)-/;

function placeAt(tokens: readonly Token[], k: number, lexicon: Lexicon): PlaceHit | null {
  // a place name starts with a capital ("Syria", "Deir ez-Zor") or an Arabic article ("al-Omar")
  const first = tokens[k];
  if (first?.kind !== 'word' || !(/^\p{Lu}/u.test(first.text) || LOWER_CASE_PLACE_START.test(first.norm))) return null;
  for (let n = Math.min(lexicon.longestPlaceWords + 1, tokens.length - k); n >= 1; n--) {
    const slice = tokens.slice(k, k + n);
    if (slice.some((t) => t.kind !== 'word' && !(t.kind === 'punct' && (t.norm === '-' || t.norm === "'")))) continue;
    const words = slice
      .map((t) => t.text)
      .join(' ')
      .replace(/'s$/, '');
    const found = lexicon.place(words);
    if (!found) continue;
    // "us" is a pronoun; an acronym must be written in capitals
    if (words.replace(/[^\p{L}]/gu, '').length <= 3 && words !== words.toUpperCase()) continue;
    // "Syria's largest field" names an owner; "Iraq's Kurdistan region" and "Syria's east" are places
    if (/'s$/.test(slice[slice.length - 1]!.norm)) {
      const next = tokens[k + n];
      const placeFollows =
        next !== undefined && (placeAt(tokens, k + n, lexicon) !== null || PLACE_NOUNS.has(next.norm) || DIRECTIONS.test(next.norm));
      if (!placeFollows) return null;
    }
    return { ...found, first: k, last: k + n - 1 };
  }
  return null;
}

/** "US forces", "Iraqi Kurdistan Air": a place written before a noun qualifies the noun and places nothing. */
function isModifier(next: Token | undefined): boolean {
  if (next === undefined || next.kind !== 'word') return false;
  const word = next.norm;
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
  if (/(?:ed|ing|ly)$/.test(word) || PLACE_NOUNS.has(word)) return false;
  return true;
}

/** Places of the group a locative word opens at `k`: "in both Iraq and Syria", "near the city of Albukamal". */
function groupAt(tokens: readonly Token[], k: number, lexicon: Lexicon): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let j = k + 1;
  for (;;) {
    while (
      j < tokens.length &&
      tokens[j]!.kind === 'word' &&
      (SKIPPABLE.has(tokens[j]!.norm) ||
        DIRECTIONS.test(tokens[j]!.norm) ||
        (PLACE_NOUNS.has(tokens[j]!.norm) && tokens[j + 1]?.norm === 'of'))
    )
      j++;
    const hit = placeAt(tokens, j, lexicon);
    if (!hit) {
      // "on US and coalition bases": a list that goes on with a modifier and its noun qualifies the noun
      if (hits.length > 0 && /^(?:and|or|&)$/.test(tokens[j - 1]?.norm ?? '') && tokens[j]?.kind === 'word' && isModifier(tokens[j + 1]))
        return [];
      break;
    }
    // "US forces" places nothing; "Israel, and Gaza health authorities" keeps Israel
    if (isModifier(tokens[hit.last + 1])) return hits;
    hits.push(hit);
    j = hit.last + 1;
    // "province", "Air Base": a place noun after the name belongs to it
    while (j < tokens.length && tokens[j]!.kind === 'word' && PLACE_NOUNS.has(tokens[j]!.norm)) j++;
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

interface Group {
  hits: PlaceHit[];
  first: number;
  last: number;
  /** "in the Red Sea", "in the Middle East": a named place the lexicon does not know, at no country. */
  unknown?: boolean;
}

/** "in the Red Sea": after "in", a capitalised name the lexicon does not know; the index of its last word, or -1. */
function unknownPlaceAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'in' && tokens[k]?.norm !== 'across' && tokens[k]?.norm !== 'throughout') return -1;
  let j = k + 1;
  if (tokens[j]?.norm === 'the') j++;
  let last = -1;
  while (j < tokens.length && isCapitalized(tokens[j]) && !MONTHS.has(tokens[j]!.norm) && !WEEKDAYS.has(tokens[j]!.norm) && j - k < 5)
    last = j++;
  // a name followed by a noun qualifies the noun ("in US custody" is no place)
  return last > 0 && !isModifier(tokens[last + 1]) ? last : -1;
}

/** Every locative group of a sentence, in order. */
export function locativeGroups(tokens: readonly Token[], lexicon: Lexicon): Group[] {
  const groups: Group[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || !LOCATIVES.has(token.norm)) continue;
    // "on the border with Iraq" points at a neighbour
    if (NEIGHBOUR_WORDS.has(tokens[k - 1]?.norm ?? '') && token.norm !== 'in') continue;
    const hits = groupAt(tokens, k, lexicon);
    if (hits.length === 0) {
      const unknown = unknownPlaceAt(tokens, k);
      if (unknown > k && token.norm !== 'on' && token.norm !== 'against' && token.norm !== 'at')
        groups.push({ hits: [], first: k, last: unknown, unknown: true });
      continue;
    }
    const previous = tokens.slice(Math.max(0, k - 3), k).map((t) => t.norm);
    if (previous.includes('border') && previous.includes('with')) continue;
    groups.push({ hits, first: k, last: hits[hits.length - 1]!.last });
    k = hits[hits.length - 1]!.last;
  }
  // "with" after a border word is never a locative, but the words after "border with" must not be read by a later group
  return groups.filter((group) => !(group.first > 0 && tokens[group.first - 1]?.norm === 'with'));
}

const countriesOf = (hits: readonly PlaceHit[]): string[] => [...new Set(hits.map((h) => h.country))].sort();
const placesOf = (hits: readonly PlaceHit[]): string[] => [...new Set(hits.map((h) => h.place))].sort();

/**
 * For each token, where its clause starts: after ";", ":" or a comma and
 * a conjunction that opens a clause with a subject of its own ("…, and Gaza
 * health authorities say"), but not one that goes on with the same subject
 * ("…, and were carried out by two F-16s").
 */
function clauseStarts(tokens: readonly Token[]): Int32Array {
  const starts = new Int32Array(tokens.length + 1);
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.norm === ';' || token.norm === ':') start = k + 1;
    else if (token.norm === ',' && /^(?:and|but|while|whereas)$/.test(tokens[k + 1]?.norm ?? '')) {
      const next = tokens[k + 2];
      const sameSubject = next !== undefined && next.kind === 'word' && (AUXILIARIES.has(next.norm) || /^[a-z]+ed$/.test(next.norm));
      if (!sameSubject) start = k + 2;
    }
    starts[k] = start;
  }
  starts[tokens.length] = start;
  return starts;
}

/** For each token, where its clause ends: one pass from the end of the sentence. */
function clauseEnds(tokens: readonly Token[]): Int32Array {
  const ends = new Int32Array(tokens.length + 1);
  ends[tokens.length] = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) ends[k] = CLAUSE_BREAKS.has(tokens[k]!.norm) ? k : ends[k + 1]!;
  return ends;
}

/** The index of the first group that starts after token `end` (groups are in order). */
function firstGroupAfter(groups: readonly Group[], end: number): number {
  let low = 0;
  let high = groups.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (groups[middle]!.first > end) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function placesOfQuantity(
  quantity: Quantity,
  groups: readonly Group[],
  ends: Int32Array,
  starts: Int32Array,
  history: readonly SentenceAnalysis[],
): PlaceReading {
  const end = Math.max(quantity.last, quantity.measure?.last ?? quantity.last);
  const limit = ends[Math.min(end + 1, ends.length - 1)]!;
  const next = firstGroupAfter(groups, end);
  const after = groups[next];
  if (after && after.first < limit)
    return {
      countries: countriesOf(after.hits),
      places: placesOf(after.hits),
      how: after.unknown ? 'unknown-place' : 'after',
      groupEnd: after.last,
    };
  let previous = firstGroupAfter(groups, quantity.first - 1) - 1;
  while (previous >= 0 && groups[previous]!.last >= quantity.first) previous--;
  const clauseStart = starts[quantity.first]!;
  const before = previous >= 0 && groups[previous]!.first >= clauseStart ? groups[previous] : undefined;
  if (before)
    return {
      countries: countriesOf(before.hits),
      places: placesOf(before.hits),
      how: before.unknown ? 'unknown-place' : 'before',
      groupEnd: before.last,
    };
  for (const previous of history) {
    if (previous.countries.length > 0) return { countries: previous.countries, places: [], how: 'previous-sentence' };
  }
  return { countries: [], places: [], how: 'none' };
}

/**
 * "seven facilities, four in Syria and three in Iraq", "165 times: 66 in
 * Iraq and 98 in Syria": when the numbers listed after a figure add up to
 * it, the figure is their total and is in all their places.
 */
function unitePartsOfTotals(sentence: SentenceAnalysis): void {
  const quantities = sentence.quantities;
  const partsOf = new Map<number, Quantity[]>();
  for (const q of quantities) {
    if (q.listHead === null || q.dropped !== null) continue;
    const parts = partsOf.get(q.listHead);
    if (parts) parts.push(q);
    else partsOf.set(q.listHead, [q]);
  }
  partsOf.forEach((listed, index) => {
    let parts = listed;
    const total = quantities[index]!;
    if (total.places === null) return;
    // the first parts that add up to the total
    let sum = 0;
    let count = 0;
    while (count < parts.length && sum < total.value) sum += parts[count++]!.value;
    parts = parts.slice(0, count);
    if (parts.length < 2 || sum !== total.value || parts.some((q) => q.places === null || q.places.how !== 'after')) return;
    const countries = [...new Set(parts.flatMap((q) => q.places!.countries))].sort();
    total.places = { countries, places: [...new Set(parts.flatMap((q) => q.places!.places))].sort(), how: 'after' };
  });
}

/**
 * "… 66 times - 32 in Iraq and 34 in Syria - and 62 personnel were injured":
 * a figure after a breakdown is where the total is, not where its last part is.
 */
function placeAfterTotals(sentence: SentenceAnalysis): void {
  const quantities = sentence.quantities;
  let previous: Quantity | null = null;
  for (const quantity of quantities) {
    const places = quantity.places;
    const ownPlace =
      places?.how === 'after' ||
      places?.how === 'unknown-place' ||
      (places?.how === 'before' && (places.groupEnd ?? -1) < (previous?.first ?? 0));
    if (previous && previous.listHead !== null && places && !ownPlace) {
      const total = quantities[previous.listHead]!;
      if (total.places && total.places.countries.length > 0) quantity.places = { ...total.places, how: 'before' };
    }
    if (quantity.dropped === null) previous = quantity;
  }
}

export function readPlaces(context: ExtractionContext): void {
  const lexicon = context.options.lexicon;
  context.sentences.forEach((sentence, index) => {
    const groups = locativeGroups(sentence.tokens, lexicon);
    // a reader carries places over from the sentence just before, and no further
    const history = context.sentences.slice(Math.max(0, index - 1), index);
    const ends = clauseEnds(sentence.tokens);
    const starts = clauseStarts(sentence.tokens);
    for (const quantity of sentence.quantities) quantity.places = placesOfQuantity(quantity, groups, ends, starts, history);
    unitePartsOfTotals(sentence);
    placeAfterTotals(sentence);
    // what the next sentences carry on: where this sentence's first figure is, else every place it names
    const located = sentence.quantities.find((q) => q.dropped === null && q.places !== null && q.places.how !== 'none');
    sentence.countries = located ? located.places!.countries : countriesOf(groups.flatMap((g) => g.hits));
  });
}
