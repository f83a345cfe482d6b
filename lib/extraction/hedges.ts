/**
 * Stage: the qualifier of each number from the hedge before it ("at least",
 * "nearly", "up to", ">="), after it ("or more", "or so"), and bounds that
 * close a range together ("more than 10 and less than 20").
 */
import type { Qualifier } from '../records';
import type { ExtractionContext, Quantity, SentenceAnalysis } from './context';
import type { Token } from './text/tokens';
import { touching } from './text/tokens';
import { mayStartWordNumber } from './numbers/not-numbers';
import { NOT_REALLY_HEDGES, OR_EQUAL, PREFIX_HEDGES, SUFFIX_HEDGES } from './english/hedges';

interface Phrase {
  words: string[];
  text: string;
  qualifier: Qualifier;
}

const compile = (table: ReadonlyArray<[string, Qualifier]>): Phrase[] =>
  table.map(([text, qualifier]) => ({ words: text.split(' '), text, qualifier })).sort((a, b) => b.words.length - a.words.length);

/** Phrases by their last word (prefixes) or first word (suffixes), longest first: a lookup, not a scan. */
function indexBy(phrases: readonly Phrase[], pick: (words: string[]) => string): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const key = pick(phrase.words);
    const list = index.get(key);
    if (list) list.push(phrase);
    else index.set(key, [phrase]);
  }
  return index;
}

const PREFIXES = indexBy(compile(PREFIX_HEDGES), (words) => words[words.length - 1]!);
const SUFFIXES = indexBy(compile(SUFFIX_HEDGES), (words) => words[0]!);
const OR_EQUALS = OR_EQUAL.map((text) => text.split(' ')).sort((a, b) => b.length - a.length);
const SYMBOLS = new Set(['<', '>', '=', '≤', '≥', '~']);

/** The phrase that ends right before token `end` (exclusive), longest first. */
function phraseEndingAt(tokens: readonly Token[], end: number, index: ReadonlyMap<string, Phrase[]>): Phrase | null {
  const last = tokens[end - 1];
  if (!last) return null;
  for (const phrase of index.get(last.norm) ?? []) {
    const start = end - phrase.words.length;
    if (start < 0) continue;
    if (phrase.words.every((word, k) => tokens[start + k]!.norm === word && tokens[start + k]!.kind !== 'mask')) {
      // "<>30", "=>30": a comparison sign right after another is no hedge
      const before = tokens[start - 1];
      if (SYMBOLS.has(phrase.words[0]!) && before && SYMBOLS.has(before.norm) && touching(before, tokens[start])) continue;
      return phrase;
    }
  }
  return null;
}

function phraseStartingAt(tokens: readonly Token[], start: number, index: ReadonlyMap<string, Phrase[]>): Phrase | null {
  const first = tokens[start];
  if (!first) return null;
  for (const phrase of index.get(first.norm) ?? []) {
    if (phrase.words.every((word, k) => tokens[start + k]?.norm === word)) return phrase;
  }
  return null;
}

/** "and below a half", "or more than 40": a number follows, so the words bound it. */
function startsNumber(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'number') return true;
  return token.kind === 'word' && (mayStartWordNumber(token.norm) || /^(?:a|an|half|negative|minus)$/.test(token.norm));
}

const isBoundedBelow = (q: Qualifier): boolean => q === 'at-least' || q === 'more-than';
const isBoundedAbove = (q: Qualifier): boolean => q === 'at-most' || q === 'fewer-than';

function applyPrefix(sentence: SentenceAnalysis, quantity: Quantity, floor: number): void {
  const tokens = sentence.tokens;
  const phrase = phraseEndingAt(tokens, quantity.first, PREFIXES);
  if (!phrase) return;
  const first = quantity.first - phrase.words.length;
  if (first < floor) return;
  // "some" and "over" hedge a number, not a vague count: "some dozens" stays dozens
  if (quantity.qualifier === 'range') {
    if (quantity.reading.form === 'vague' && phrase.qualifier !== 'approximately' && phrase.qualifier !== 'exact') {
      quantity.qualifier = phrase.qualifier;
      quantity.upper = null;
      if (isBoundedAbove(phrase.qualifier)) quantity.value = quantity.reading.upper ?? quantity.value;
    } else {
      return;
    }
  } else if (NOT_REALLY_HEDGES.has(phrase.text)) {
    return;
  } else {
    quantity.qualifier = phrase.qualifier;
  }
  quantity.hedge = {
    text: tokens
      .slice(first, quantity.first)
      .map((t) => t.text)
      .join(' '),
    qualifier: phrase.qualifier,
    first,
    last: quantity.first - 1,
    shared: false,
  };
  quantity.first = first;
}

function applySuffix(sentence: SentenceAnalysis, quantity: Quantity, ceiling: number): void {
  const tokens = sentence.tokens;
  const after = quantity.last + 1;
  // "more than 5000 or equal to" includes 5000, unless another number follows ("or equal to 6000")
  for (const words of OR_EQUALS) {
    if (!words.every((word, k) => tokens[after + k]?.norm === word)) continue;
    const next = tokens[after + words.length];
    if (next?.kind === 'number' || after + words.length > ceiling) break;
    if (quantity.qualifier === 'more-than') quantity.qualifier = 'at-least';
    else if (quantity.qualifier === 'fewer-than') quantity.qualifier = 'at-most';
    else break;
    if (tokens[after + words.length]?.norm === 'it') quantity.last = after + words.length;
    else quantity.last = after + words.length - 1;
    if (quantity.hedge) quantity.hedge.text += ` ${words.join(' ')}`;
    return;
  }
  const phrase = phraseStartingAt(tokens, after, SUFFIXES);
  if (!phrase || quantity.qualifier === 'range') return;
  const end = after + phrase.words.length - 1;
  if (end >= ceiling) return;
  // "200 or greater than 190": the words bound the next number, not this one
  if (phrase.words[phrase.words.length - 1] === 'than' && tokens[end + 1]?.kind === 'number') return;
  if ((phrase.words[0] === 'or' || phrase.words[0] === 'and') && (startsNumber(tokens[end + 1]) || tokens[end + 1]?.norm === 'than'))
    return;
  if (phrase.text === '+' && !touching(tokens[quantity.last], tokens[after])) return;
  if (phrase.text === 'plus' && tokens[end + 1]?.kind === 'number') return;
  quantity.qualifier = phrase.qualifier;
  const text = tokens
    .slice(after, end + 1)
    .map((t) => t.text)
    .join(' ');
  quantity.hedge = quantity.hedge
    ? { ...quantity.hedge, text: `${quantity.hedge.text} … ${text}`, qualifier: phrase.qualifier }
    : { text, qualifier: phrase.qualifier, first: after, last: end, shared: false };
  quantity.last = end;
}

const BOUND_JOINERS: ReadonlySet<string> = new Set(['and', ',', 'but', 'yet']);

/** "more than 10 and less than 20", "at most 100 and at least 20": one range. */
function joinBounds(sentence: SentenceAnalysis): void {
  const kept: Quantity[] = [];
  const quantities = sentence.quantities;
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    if (b && a.hedge && b.hedge && a.unit.kind === b.unit.kind) {
      const between = sentence.tokens.slice(a.last + 1, b.first);
      const joined = between.length > 0 && between.length <= 2 && between.every((t) => BOUND_JOINERS.has(t.norm));
      const lower =
        isBoundedBelow(a.qualifier) && isBoundedAbove(b.qualifier)
          ? [a, b]
          : isBoundedAbove(a.qualifier) && isBoundedBelow(b.qualifier)
            ? [b, a]
            : null;
      if (joined && lower && lower[0]!.value < lower[1]!.value) {
        const low = lower[0]!.value;
        const high = lower[1]!.value;
        a.hedge = {
          text: `${a.hedge.text} … ${b.hedge.text}`,
          qualifier: 'range',
          first: a.hedge.first,
          last: b.hedge.last,
          shared: false,
        };
        a.qualifier = 'range';
        a.value = low;
        a.upper = high;
        a.last = b.last;
        kept.push(a);
        i++;
        continue;
      }
    }
    kept.push(a);
  }
  sentence.quantities = kept;
}

export function hedgeSentence(sentence: SentenceAnalysis): void {
  const quantities = sentence.quantities;
  quantities.forEach((quantity, i) => {
    const floor = i > 0 ? quantities[i - 1]!.last + 1 : 0;
    const ceiling = i + 1 < quantities.length ? quantities[i + 1]!.first : sentence.tokens.length;
    applyPrefix(sentence, quantity, floor);
    applySuffix(sentence, quantity, ceiling);
    if (quantity.reading.form === 'vague' && quantity.hedge === null) {
      const words = sentence.tokens.slice(quantity.reading.first, quantity.reading.last + 1).filter((t) => t.norm !== 'of');
      quantity.hedge = {
        text: words.map((t) => t.text).join(' '),
        qualifier: 'range',
        first: quantity.reading.first,
        last: quantity.reading.last,
        shared: false,
      };
    }
  });
  joinBounds(sentence);
}

export function readHedges(context: ExtractionContext): void {
  for (const sentence of context.sentences) hedgeSentence(sentence);
}
