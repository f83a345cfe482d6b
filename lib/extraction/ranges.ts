/**
 * Stage: two numbers that make one range. "between 20 and 30", "20 to 30",
 * "from 20 to 30", "20-30", "20–30", "20~30", "20 through 30", "8- to
 * 16-meter", "44 mg to 50 mg", "two or three". "rose from 16 to 20" is a
 * change, not a range: the earlier figure yields no claim.
 */
import type { ExtractionContext, Quantity, SentenceAnalysis } from './context';
import { touching, type Token } from './text/tokens';
import { wordAt } from './numbers/reader';
import { CHANGE_PARTICLES, CHANGE_VERBS } from './english/changes';

/** A verb or particle of change ("rose", "up"): "rose from 16 to 20" is a change, not a range. */
const isChangeWord = (word: string | undefined): boolean => word !== undefined && (CHANGE_VERBS.has(word) || CHANGE_PARTICLES.has(word));

/** How far back a change may be named before "from X to Y": "grows by 35 miles, from 252 to 287". */
const CHANGE_REACH = 8;

/** A word of change in the clause before token `k` (inclusive), over commas but not a stop. */
function changeBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && j > k - CHANGE_REACH; j--) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && /^[.;:!?]$/.test(token.norm)) return false;
    if (token.kind === 'word' && isChangeWord(token.norm)) return true;
  }
  return false;
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'till', 'until']);
const RANGE_SIGNS: ReadonlySet<string> = new Set(['-', '~', '–']);

function sameWords(tokens: readonly Token[], a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, k) => tokens[index]!.norm === tokens[b[k]!]!.norm);
}

interface RangeJoin {
  hedgeFirst: number;
  hedgeText: string;
  change: boolean;
}

function joinOf(sentence: SentenceAnalysis, a: Quantity, b: Quantity): RangeJoin | null {
  const tokens = sentence.tokens;
  const opener = wordAt(tokens, a.first - 1);
  const between = tokens.slice(a.last + 1, b.first);
  if (between.length === 0) return null;
  const connector = between[between.length - 1]!;
  const extra: number[] = [];
  for (let k = a.last + 1; k < b.first - 1; k++) extra.push(k);
  // units written once after the second number ("44 to 50 mg") or after both ("44 mg to 50 mg", "$350 per kg to $680 per kg")
  const afterB = [];
  for (let k = b.last + 1; k < tokens.length && afterB.length < extra.length; k++) afterB.push(k);
  const unitsAgree = extra.length === 0 || sameWords(tokens, extra, afterB) || (extra.length === 1 && tokens[extra[0]!]!.norm === '-');
  if (extra.length > 3 || (!unitsAgree && !(a.unit.kind === b.unit.kind && a.unit.code === b.unit.code && extra.length === 0))) return null;
  if (a.unit.kind !== b.unit.kind && a.unit.kind !== 'count' && b.unit.kind !== 'count') return null;
  if (a.unit.kind === b.unit.kind && a.unit.kind !== 'count' && a.unit.code !== b.unit.code) return null;
  const word = connector.norm;
  if (opener === 'between' && (word === 'and' || word === 'to' || RANGE_SIGNS.has(word))) {
    return { hedgeFirst: a.first - 1, hedgeText: 'between', change: false };
  }
  if (opener === 'from' && (word === 'to' || RANGE_SIGNS.has(word))) {
    return { hedgeFirst: a.first - 1, hedgeText: 'from', change: changeBefore(tokens, a.first - 2) };
  }
  if (RANGE_WORDS.has(word) && word !== 'till' && word !== 'until') {
    if (isChangeWord(wordAt(tokens, a.first - 1))) return { hedgeFirst: a.first, hedgeText: word, change: true };
    return { hedgeFirst: a.first, hedgeText: word, change: false };
  }
  if (RANGE_SIGNS.has(word) && extra.length <= 1) {
    const tight = touching(tokens[a.last], connector) && touching(connector, tokens[b.first]);
    const spaced = !touching(tokens[a.last], connector) && !touching(connector, tokens[b.first]);
    if ((tight || spaced || extra.length === 1) && a.reading.form === b.reading.form)
      return { hedgeFirst: a.first, hedgeText: word, change: false };
    return null;
  }
  if (word === 'or' && extra.length === 0 && a.reading.form === b.reading.form && a.reading.form !== 'vague') {
    const next = wordAt(tokens, b.last + 1);
    if (next === 'more' || next === 'less' || next === 'fewer' || next === 'greater') return null;
    if (b.value > a.value && b.value - a.value <= Math.max(2, a.value)) return { hedgeFirst: a.first, hedgeText: 'or', change: false };
  }
  return null;
}

export function joinRanges(sentence: SentenceAnalysis): void {
  const kept: Quantity[] = [];
  const quantities = sentence.quantities;
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    const join = b && a.reading.form !== 'fraction' ? joinOf(sentence, a, b) : null;
    if (!b || !join || a.qualifier === 'range' || b.qualifier === 'range') {
      kept.push(a);
      continue;
    }
    if (join.change) {
      a.dropped ??= 'earlier figure of a change';
      kept.push(a);
      continue;
    }
    if (b.value <= a.value && !(a.value < 0 && b.value < 0)) {
      // "a 1-0 win", "3-2": two numbers joined tight with the second no larger are a score or a code, not figures
      const tight =
        join.hedgeText === '-' &&
        touching(sentence.tokens[a.last], sentence.tokens[a.last + 1]) &&
        touching(sentence.tokens[b.first - 1], sentence.tokens[b.first]);
      if (tight && a.reading.form === 'digits' && b.reading.form === 'digits') {
        a.dropped ??= 'score';
        b.dropped ??= 'score';
      }
      kept.push(a);
      continue;
    }
    const low = Math.min(a.value, b.value);
    const high = Math.max(a.value, b.value);
    a.value = low;
    a.upper = high;
    a.qualifier = 'range';
    a.hedge = { text: join.hedgeText, qualifier: 'range', first: join.hedgeFirst, last: join.hedgeFirst, shared: false };
    a.first = Math.min(a.first, join.hedgeFirst);
    a.last = b.last;
    if (a.unit.kind === 'count' && b.unit.kind !== 'count') a.unit = b.unit;
    a.dropped = a.dropped ?? b.dropped;
    kept.push(a);
    i++;
  }
  sentence.quantities = kept;
}

/** "risen to 34 from 25", "up from 25", "compared with 25": the earlier figure of a change yields no claim. */
const EARLIER_FIGURE = /^(?:from|up from|down from|compared with|compared to|against|versus|vs)$/;

function dropEarlierFigures(sentence: SentenceAnalysis): void {
  const tokens = sentence.tokens;
  sentence.quantities.forEach((quantity, i) => {
    if (i === 0) return;
    const one = tokens[quantity.first - 1]?.norm ?? '';
    const two = `${tokens[quantity.first - 2]?.norm ?? ''} ${one}`;
    if (!EARLIER_FIGURE.test(one) && !EARLIER_FIGURE.test(two)) return;
    if (one === 'from' && !EARLIER_FIGURE.test(two)) {
      // "risen to 34 from 25": only after a change to the figure before it
      const previous = sentence.quantities[i - 1]!;
      const before = tokens.slice(Math.max(0, previous.first - 3), previous.first).map((t) => t.norm);
      if (!before.includes('to') || !before.some(isChangeWord)) return;
    }
    quantity.dropped ??= 'earlier figure of a change';
  });
}

export function readRanges(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    joinRanges(sentence);
    dropEarlierFigures(sentence);
  }
}
