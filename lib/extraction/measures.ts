/**
 * Stage: what each number counts, matched to the lexicon's canonical
 * measures. In order: the noun phrase after the number ("2,500 US
 * soldiers"); a harm said of counted people ("21 soldiers were slightly
 * injured" counts the injured); the verb before it ("attacked 46 times",
 * "killing three soldiers"); the means ("41 times using missiles and
 * drones" are missile and drone attacks); and the words before it ("the
 * death toll rose to 12"). Exact lexicon terms first, then singular/plural
 * forms, then fuse.js with our cut-off. The words are always kept.
 */
import type { ExtractionContext, MeasureReading, Quantity, SentenceAnalysis } from './context';
import type { Lexicon, MeasureMatch } from '../lexicon/lexicon';
import type { Token } from './text/tokens';
import { quantityMeasure } from './quantity-measure';
import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, PRONOUNS } from './english/function-words';
import { HARM_TAKING_VERBS, IRREGULAR_VERBS, PREDICATE_FILLERS, SPEECH_VERBS } from './english/verbs';
import { wordAt } from './numbers/reader';
import { defaults } from '../config/defaults';

const MAX_NOUN_PHRASE = 8;
/** Nouns that group what they count: "rounds of strikes", "a wave of drones". */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'rounds',
  'round',
  'waves',
  'wave',
  'series',
  'salvos',
  'salvo',
  'barrages',
  'barrage',
  'volleys',
  'volley',
  'batches',
  'batch',
  'sets',
  'set',
  'types',
  'kinds',
]);
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);

/** Token indices of the noun phrase that starts at `start`. */
export function nounPhrase(tokens: readonly Token[], start: number, lexicon: Lexicon): number[] {
  const words: number[] = [];
  for (let k = start; k < tokens.length && words.length < MAX_NOUN_PHRASE; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct') {
      if (QUOTE_MARKS.has(token.norm) && words.length === 0) continue;
      if (token.norm === '-' && words.length > 0) continue;
      break;
    }
    if (token.kind !== 'word') break;
    const word = token.norm;
    if (PREPOSITIONS.has(word) || AUXILIARIES.has(word) || DETERMINERS.has(word) || (PRONOUNS.has(word) && token.text === word)) break;
    if (SPEECH_VERBS.has(word) || CLAUSE_OPENERS.has(word)) break;
    if (words.length > 0 && IRREGULAR_VERBS.has(word) && !lexicon.measureForTerm(word)) break;
    if (words.length > 0 && /(?:ed|ing)$/.test(word) && !lexicon.measureForTerm(word) && !isTermContinuation(tokens, words, k, lexicon))
      break;
    if (word === 'and' || word === 'or') {
      const next = tokens[k + 1];
      if (
        words.length === 0 ||
        next?.kind !== 'word' ||
        DETERMINERS.has(next.norm) ||
        AUXILIARIES.has(next.norm) ||
        PRONOUNS.has(next.norm)
      )
        break;
      // "killed three soldiers and injured more than 40": a verb after "and" opens a new predicate
      if (lexicon.measureForVerb(next.norm) || SPEECH_VERBS.has(next.norm)) break;
    }
    words.push(k);
  }
  while (words.length > 0 && /^(?:and|or)$/.test(tokens[words[words.length - 1]!]!.norm)) words.pop();
  return words;
}

/** "attack unmanned aerial vehicles": an -ed word inside a lexicon term goes on. */
function isTermContinuation(tokens: readonly Token[], words: readonly number[], k: number, lexicon: Lexicon): boolean {
  const parts: string[] = words.slice(-2).map((i) => tokens[i]!.norm);
  const at = parts.length;
  for (let j = k; j < k + 4 && j < tokens.length && tokens[j]!.kind === 'word'; j++) parts.push(tokens[j]!.norm);
  for (let from = 0; from <= at; from++) {
    let phrase = parts[from]!;
    for (let n = from + 1; n < parts.length; n++) {
      phrase += ` ${parts[n]}`;
      if (n >= at && lexicon.measureForTerm(phrase)) return true;
    }
  }
  return false;
}

const singular = (word: string): string[] => {
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  else forms.push(`${word}s`);
  return forms;
};

/**
 * A misspelt head noun ("airstrke", "casualtes"). Fuse matches inside longer
 * terms and close short words ("places" and "planes"), so a match must also
 * be one word of about the same length with the same first letter, and the
 * head at least `defaults.fuzzyMinHeadLength` letters long.
 */
function fuzzyHead(head: string, lexicon: Lexicon): MeasureMatch | null {
  if (head.length < defaults.fuzzyMinHeadLength || !/^\p{L}+$/u.test(head)) return null;
  const found = lexicon.fuzzyTerm(head);
  if (!found || found.term.includes(' ') || found.term[0] !== head[0] || Math.abs(found.term.length - head.length) > 2) return null;
  return found.match;
}

export interface TermHit {
  match: MeasureMatch;
  first: number;
  last: number;
}

/** The lexicon term in a phrase that ends furthest right (the head), the longest there. */
export function termIn(tokens: readonly Token[], words: readonly number[], lexicon: Lexicon, fuzzy = true): TermHit | null {
  const longest = lexicon.longestTermWords;
  for (let end = words.length; end >= 1; end--) {
    // phrases ending at `end`, longest first, no longer than the lexicon's longest term
    let phrase = '';
    const found: Array<[number, string]> = [];
    for (let begin = end - 1; begin >= Math.max(0, end - longest); begin--) {
      phrase = phrase === '' ? tokens[words[begin]!]!.norm : `${tokens[words[begin]!]!.norm} ${phrase}`;
      found.push([begin, phrase]);
    }
    for (let f = found.length - 1; f >= 0; f--) {
      const [begin, text] = found[f]!;
      const match = lexicon.measureForTerm(text);
      if (match) return { match, first: words[begin]!, last: words[end - 1]! };
    }
    const head = tokens[words[end - 1]!]!.norm;
    for (const form of singular(head)) {
      const match = lexicon.measureForTerm(form);
      if (match) return { match, first: words[end - 1]!, last: words[end - 1]! };
    }
  }
  if (fuzzy && words.length > 0) {
    const headIndex = words[words.length - 1]!;
    const match = fuzzyHead(tokens[headIndex]!.norm, lexicon);
    if (match) return { match, first: headIndex, last: headIndex };
  }
  return null;
}

/** A lexicon verb of one to three words ending at token `end`. */
function verbEndingAt(tokens: readonly Token[], end: number, lexicon: Lexicon): TermHit | null {
  if (tokens[end]?.kind !== 'word') return null;
  const phrases: string[] = [tokens[end]!.norm];
  for (let begin = end - 1; begin >= Math.max(0, end - 2) && tokens[begin]!.kind === 'word'; begin--)
    phrases.push(`${tokens[begin]!.norm} ${phrases[phrases.length - 1]}`);
  for (let n = phrases.length; n >= 1; n--) {
    const match = lexicon.measureForVerb(phrases[n - 1]!);
    if (match) return { match, first: end - n + 1, last: end };
  }
  return null;
}

/** The counting verb before a number, across auxiliaries and adverbs, within its clause. */
function verbBefore(tokens: readonly Token[], quantity: Quantity, floor: number, lexicon: Lexicon, reach: number): TermHit | null {
  for (let k = quantity.first - 1; k >= Math.max(floor, quantity.first - reach); k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') {
      if (token.kind === 'punct' && (token.norm === '(' || token.norm === ')')) continue;
      return null;
    }
    if (CLAUSE_OPENERS.has(token.norm) && token.norm !== 'as' && token.norm !== 'since') return null;
    const hit = verbEndingAt(tokens, k, lexicon);
    if (hit) return hit;
  }
  return null;
}

/** "were slightly injured", "had suffered ‘traumatic brain injuries’", "died": the harm said of counted people. */
function harmAfter(tokens: readonly Token[], from: number, lexicon: Lexicon): TermHit | null {
  let k = from;
  let steps = 0;
  while (k < tokens.length && steps < 6) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && QUOTE_MARKS.has(token.norm)) {
      k++;
      continue;
    }
    // "16 people, including civilians, were killed": an aside between the people and their harm
    if (token.norm === ',' && k === from) {
      let close = k + 1;
      while (close < tokens.length && close - k <= 6 && tokens[close]!.norm !== ',') close++;
      if (tokens[close]?.norm === ',' && /^(?:including|mostly|among|many|most|all|both|some|and)$/.test(tokens[k + 1]?.norm ?? '')) {
        k = close + 1;
        continue;
      }
      return null;
    }
    if (token.kind !== 'word') return null;
    const verb = verbEndingAt(tokens, k, lexicon);
    if (verb && lexicon.countsPersons(verb.match.measure)) return verb;
    const term = lexicon.measureForTerm(token.norm);
    if (term && lexicon.countsPersons(term.measure) && !PREDICATE_FILLERS.has(token.norm)) {
      const phrase = nounPhrase(tokens, k, lexicon);
      const hit = termIn(tokens, phrase.length > 0 ? phrase : [k], lexicon, false);
      if (hit && lexicon.countsPersons(hit.match.measure)) return hit;
    }
    if (HARM_TAKING_VERBS.has(token.norm)) {
      let j = k + 1;
      while (
        j < tokens.length &&
        (QUOTE_MARKS.has(tokens[j]!.norm) || PREDICATE_FILLERS.has(tokens[j]!.norm) || DETERMINERS.has(tokens[j]!.norm))
      )
        j++;
      const phrase = nounPhrase(tokens, j, lexicon);
      const hit = termIn(tokens, phrase, lexicon, false);
      if (hit && lexicon.countsPersons(hit.match.measure)) return { ...hit, first: k };
      return null;
    }
    if (!PREDICATE_FILLERS.has(token.norm)) return null;
    k++;
    steps++;
  }
  return null;
}

const WEAPON_WORDS = new Set(['using', 'with', 'involving', 'by', 'including']);

/** "41 times using missiles and attack drones": the narrower kind of the measure, by its means. */
function meansAfter(tokens: readonly Token[], from: number, measure: string, lexicon: Lexicon): TermHit | null {
  const head = measure.split(' ').pop()!;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (!WEAPON_WORDS.has(tokens[k]!.norm)) continue;
    const phrase = nounPhrase(tokens, k + 1, lexicon);
    let found: TermHit | null = null;
    let last = -1;
    // each coordinated part: "missiles" and "attack unmanned aerial vehicles"
    let part: number[] = [];
    const parts: number[][] = [];
    for (const index of phrase) {
      if (tokens[index]!.norm === 'and' || tokens[index]!.norm === 'or') {
        parts.push(part);
        part = [];
      } else part.push(index);
    }
    parts.push(part);
    for (const words of parts) {
      const hit = termIn(tokens, words, lexicon, false);
      if (!hit) continue;
      for (const form of [hit.match.entry, ...singular(hit.match.entry)]) {
        const narrow = lexicon.measureForTerm(`${form} ${head}`);
        if (narrow && narrow.measure === measure && narrow.subMeasure) {
          found = { match: narrow, first: k, last: hit.last };
          break;
        }
      }
      last = Math.max(last, hit.last);
    }
    if (found) return { ...found, last: Math.max(found.last, last) };
    return null;
  }
  return null;
}

const LINKING_WORDS: ReadonlySet<string> = new Set([
  'to',
  'at',
  'of',
  'is',
  'was',
  'are',
  'were',
  'stood',
  'stands',
  'rose',
  'climbed',
  'reached',
  'jumped',
  'increased',
  'totaled',
  'totalled',
  'numbered',
  'now',
  'has',
  'have',
  'had',
  'risen',
  'reaching',
  'hit',
  'topped',
  'passed',
  'stand',
  'from',
]);

/** "the death toll rose to 12", "the number of injured is 21". */
function measureBefore(tokens: readonly Token[], first: number, floor: number, lexicon: Lexicon): TermHit | null {
  let k = first - 1;
  let linked = false;
  // "the toll rose from 16 to 20": the earlier figure of a change stands between
  while (k >= floor && ((tokens[k]?.kind === 'word' && LINKING_WORDS.has(tokens[k]!.norm)) || (linked && tokens[k]?.kind === 'number'))) {
    k--;
    linked = true;
  }
  if (!linked || k < floor || tokens[k]?.kind !== 'word') return null;
  const words: number[] = [];
  for (let j = Math.max(floor, k - 3); j <= k; j++) if (tokens[j]!.kind === 'word') words.push(j);
  const hit = termIn(tokens, words, lexicon, false);
  return hit && hit.last === k ? hit : null;
}

const text = (tokens: readonly Token[], first: number, last: number): string => {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return out;
};

function reading(tokens: readonly Token[], hit: TermHit | null, how: MeasureReading['how'], first: number, last: number): MeasureReading {
  return {
    measure: hit?.match.measure ?? null,
    subMeasure: hit?.match.subMeasure ?? null,
    text: last >= first ? text(tokens, first, last) : null,
    first: last >= first ? first : null,
    last: last >= first ? last : null,
    how,
  };
}

export function measureOf(sentence: SentenceAnalysis, quantity: Quantity, previous: Quantity | null, lexicon: Lexicon): MeasureReading {
  const tokens = sentence.tokens;
  const floor = previous ? previous.last + 1 : 0;
  const counted = quantity.unit.kind === 'count' || quantity.unit.kind === 'times';
  let start = quantity.last + 1;
  if (wordAt(tokens, start) === 'of' && quantity.reading.form !== 'count-word' && quantity.unit.kind === 'count') start++;
  const phrase = counted && quantity.unit.kind !== 'times' ? nounPhrase(tokens, start, lexicon) : [];
  const phraseEnd = phrase.length > 0 ? phrase[phrase.length - 1]! : quantity.last;
  const hit = phrase.length > 0 ? termIn(tokens, phrase, lexicon) : null;
  // "five rounds of strikes", "two waves of drones": the things after "of" are what is counted
  const collective = phrase.length > 0 && COLLECTIVE_NOUNS.has(tokens[phraseEnd]!.norm) && wordAt(tokens, phraseEnd + 1) === 'of';
  if (collective) {
    const inner = nounPhrase(tokens, phraseEnd + 2, lexicon);
    const innerHit = inner.length > 0 ? termIn(tokens, inner, lexicon) : null;
    if (innerHit) {
      const last = inner[inner.length - 1]!;
      return { ...reading(tokens, innerHit, 'noun', phrase[0]!, last) };
    }
  }
  let result = hit
    ? reading(tokens, hit, 'noun', phrase[0]!, phraseEnd)
    : reading(tokens, null, 'unknown', phrase[0] ?? 0, phrase.length > 0 ? phraseEnd : -1);

  if (!counted) return quantityMeasure(tokens, quantity, floor, lexicon) ?? result;
  const persons = hit === null || lexicon.countsPersons(hit.match.measure);
  if (persons && quantity.unit.kind === 'count') {
    const harm = harmAfter(tokens, phraseEnd + 1, lexicon);
    if (harm) {
      const from = phrase.length > 0 ? phrase[0]! : harm.first;
      return { ...reading(tokens, harm, 'predicate', from, harm.last) };
    }
  }
  if (quantity.unit.kind === 'times' || hit === null || persons) {
    // "killing three soldiers": only a verb right before the number turns counted people into a harm
    const reach = quantity.unit.kind === 'times' ? 10 : 1;
    const verb = verbBefore(tokens, quantity, floor, lexicon, reach);
    if (verb && (quantity.unit.kind === 'times' || hit === null || lexicon.countsPersons(verb.match.measure))) {
      const last = quantity.unit.kind === 'times' ? quantity.last : Math.max(phraseEnd, quantity.last);
      result = { ...reading(tokens, verb, 'verb', verb.first, verb.last), text: text(tokens, verb.first, verb.last) };
      result.last = last;
    }
  }
  if (result.measure === null && quantity.unit.kind === 'count' && phrase.length === 0) {
    const before = measureBefore(tokens, quantity.first, floor, lexicon);
    if (before) result = reading(tokens, before, 'before', before.first, before.last);
  }
  if (result.measure !== null && result.subMeasure === null) {
    const means = meansAfter(tokens, Math.max(phraseEnd, quantity.last) + 1, result.measure, lexicon);
    if (means) {
      result.subMeasure = means.match.subMeasure;
      result.last = Math.max(result.last ?? means.last, means.last);
      result.text = `${result.text ?? ''} ${text(tokens, means.first, means.last)}`.trim();
    }
  }
  if (result.measure === null && quantity.unit.kind === 'times') result.text = 'times';
  return result;
}

export function readMeasures(context: ExtractionContext): void {
  const lexicon = context.options.lexicon;
  for (const sentence of context.sentences) {
    let previous: Quantity | null = null;
    for (const quantity of sentence.quantities) {
      quantity.measure = measureOf(sentence, quantity, previous, lexicon);
      if (quantity.dropped === null) previous = quantity;
    }
  }
}
