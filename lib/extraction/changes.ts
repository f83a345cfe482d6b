/**
 * Stage: change and level. A figure stated with a change is either the
 * amount it changed by ("rose 6.5%", "fell by 200", "an increase of 3%", "a
 * 3% drop", "up 2.1%") or the level it reached ("rose to 34", "doubled to
 * 256GB", "from 252 to 287" → 287), with the level it changed from when the
 * text gives it ("from 252", "up from 14.6 million"). The readers below are
 * tried in order for each figure; the first that reads a change wins, then
 * the earlier figure of the change gives its `from`.
 */
import type { Change, ChangeDirection, ChangeFigure } from '../records';
import type { ExtractionContext, Quantity, SentenceAnalysis } from './context';
import type { Token } from './text/tokens';
import { wordAt } from './numbers/reader';
import { CONJUNCTIONS, PREPOSITIONS } from './english/function-words';
import { AMOUNT_MARKERS, CHANGE_FILLERS, CHANGE_NOUNS, CHANGE_PARTICLES, CHANGE_VERBS, LEVEL_MARKERS } from './english/changes';

/** How far back a verb of change may stand before its figure, past markers and fillers ("rose sharply by a further 5%"). */
const MAX_FILLERS = 3;

const text = (tokens: readonly Token[], first: number, last: number): string =>
  tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');

const change = (direction: ChangeDirection | null, figure: ChangeFigure, words: string): Change => ({
  direction,
  figure,
  from: null,
  words,
});

type ChangeReader = (tokens: readonly Token[], quantity: Quantity, floor: number) => Change | null;

/** "rose 6.5%", "fell by 200", "rose sharply to 34", "went up by 5", "up 2.1%", "doubled to 256GB". */
const verbBefore: ChangeReader = (tokens, quantity, floor) => {
  let k = quantity.first - 1;
  let figure: ChangeFigure = 'amount';
  const marker = wordAt(tokens, k);
  if (marker !== undefined && (AMOUNT_MARKERS.has(marker) || LEVEL_MARKERS.has(marker))) {
    figure = LEVEL_MARKERS.has(marker) ? 'level' : 'amount';
    k--;
  }
  for (let skipped = 0; skipped < MAX_FILLERS && k >= floor && CHANGE_FILLERS.has(wordAt(tokens, k) ?? ''); skipped++) k--;
  if (k < floor) return null;
  const word = wordAt(tokens, k);
  if (word === undefined) return null;
  const particle = CHANGE_PARTICLES.get(word);
  if (particle !== undefined && (word === 'up' || word === 'down')) {
    // "went up by 5", "up 2.1%"
    const verb = wordAt(tokens, k - 1);
    const first = verb !== undefined && CHANGE_VERBS.has(verb) ? k - 1 : k;
    return change(particle, figure, text(tokens, first, quantity.first - 1));
  }
  if (!CHANGE_VERBS.has(word)) return null;
  const direction = CHANGE_VERBS.get(word) ?? null;
  // "went to 5 schools", "moved 200 troops": a verb that says no direction needs "to" or "by"
  if (direction === null && marker !== 'to' && marker !== 'by') return null;
  return change(direction, figure, text(tokens, k, quantity.first - 1));
};

/** "an increase of 3%", "a rise of 200". */
const nounOfBefore: ChangeReader = (tokens, quantity, floor) => {
  const k = quantity.first - 1;
  if (k - 1 < floor || wordAt(tokens, k) !== 'of') return null;
  const noun = wordAt(tokens, k - 1);
  if (noun === undefined || !CHANGE_NOUNS.has(noun)) return null;
  return change(CHANGE_NOUNS.get(noun) ?? null, 'amount', text(tokens, k - 1, k));
};

/** "a 3% increase", "a $5 cut", "2% higher": a figure that is not a count, before a noun of change. */
const nounAfter: ChangeReader = (tokens, quantity) => {
  if (quantity.unit.kind === 'count' || quantity.unit.kind === 'times') return null;
  const k = quantity.last + 1;
  const word = wordAt(tokens, k);
  if (word === undefined) return null;
  const noun = CHANGE_NOUNS.get(word);
  if (noun !== undefined || CHANGE_NOUNS.has(word)) return change(noun ?? null, 'amount', tokens[k]!.text);
  const particle = CHANGE_PARTICLES.get(word);
  if ((word === 'higher' || word === 'lower') && particle !== undefined) return change(particle, 'amount', tokens[k]!.text);
  return null;
};

/** In the order they are tried. */
export const CHANGE_READERS: readonly ChangeReader[] = [verbBefore, nounOfBefore, nounAfter];

/** "fell 3.2% to 45.10 euros", "rose 5 cents to $10.50": the figure after "to" and an amount of change is the level reached. */
function levelAfterAmount(tokens: readonly Token[], quantity: Quantity, previous: Quantity | undefined): Change | null {
  if (!previous?.change || previous.change.figure !== 'amount') return null;
  if (wordAt(tokens, quantity.first - 1) !== 'to') return null;
  // "rose $12.40, or 0.6%, to $1,987": a comma may stand between
  const end = tokens[quantity.first - 2]?.norm === ',' ? quantity.first - 3 : quantity.first - 2;
  if (end !== previous.last) return null;
  return { direction: previous.change.direction, figure: 'level', from: null, words: `${previous.change.words} … to` };
}

/** "gained 150 points, or 1.2%": the same amount of change, written again in another unit. */
function restatedAmount(tokens: readonly Token[], quantity: Quantity, previous: Quantity | undefined): Change | null {
  if (!previous?.change || previous.change.figure !== 'amount') return null;
  const or = quantity.first - 1;
  if (wordAt(tokens, or) !== 'or' || tokens[or - 1]?.norm !== ',') return null;
  // "150 points, or": the words of what the amount counts may stand between
  const between = tokens.slice(previous.last + 1, or - 1);
  if (between.length > MAX_FILLERS || !between.every((t) => t.kind === 'word')) return null;
  return { ...previous.change, words: `${previous.change.words} … or` };
}

const EARLIER = 'earlier figure of a change';

/**
 * The earlier figure of a change gives the level the quantity changed from:
 * "from 16 to 20" (the 16 is before it), "34 million, up from 14.6 million"
 * and "rose to 34 from 25" (after it).
 */
function linkEarlierFigures(sentence: SentenceAnalysis): void {
  const quantities = sentence.quantities;
  const tokens = sentence.tokens;
  quantities.forEach((earlier, i) => {
    if (earlier.dropped !== EARLIER) return;
    const next = quantities[i + 1];
    const previous = quantities[i - 1];
    const before = wordAt(tokens, earlier.first - 1);
    // "from 16 to 20"
    if (before === 'from' && next && next.dropped === null && wordAt(tokens, next.first - 1) === 'to' && next.first - 2 === earlier.last) {
      setFrom(next, earlier, tokens, earlier.first - 1);
      return;
    }
    // "34 million, up from 14.6 million", "rose to 34 from 25"
    if (previous && previous.dropped === null) setFrom(previous, earlier, tokens, earlier.first - 1);
  });
}

function setFrom(quantity: Quantity, earlier: Quantity, tokens: readonly Token[], fromAt: number): void {
  const before = wordAt(tokens, fromAt - 1) ?? '';
  const particle = CHANGE_PARTICLES.get(before) ?? (CHANGE_VERBS.has(before) ? (CHANGE_VERBS.get(before) ?? undefined) : undefined);
  const byValues: ChangeDirection | null = quantity.value > earlier.value ? 'up' : quantity.value < earlier.value ? 'down' : null;
  const words = CHANGE_PARTICLES.has(before) || CHANGE_VERBS.has(before) ? text(tokens, fromAt - 1, fromAt) : 'from';
  const stated = quantity.change ?? change(particle ?? byValues, 'level', words);
  quantity.change = { ...stated, direction: stated.direction ?? particle ?? byValues, from: earlier.value };
}

/**
 * "grows by 35 miles, from 252 to 287": a bare figure of a change is in the
 * unit of the change's other figures when no noun follows it to be counted.
 */
function shareUnits(sentence: SentenceAnalysis): void {
  let unit: Quantity['unit'] | null = null;
  for (const quantity of sentence.quantities) {
    const changed = quantity.change !== null || quantity.dropped === EARLIER;
    if (!changed) continue;
    if (quantity.unit.kind !== 'count') {
      // "rose 5% to 200", "by a quarter to 1.4 million": a relative change gives the level no unit
      unit = quantity.unit.kind === 'percent' || quantity.unit.kind === 'fraction' ? null : quantity.unit;
      continue;
    }
    const next = sentence.tokens[quantity.last + 1];
    const counted = next?.kind === 'word' && !PREPOSITIONS.has(next.norm) && !CONJUNCTIONS.has(next.norm);
    if (unit && !counted) quantity.unit = { ...unit, first: null, last: null };
  }
}

/** How far before its figures a change may name what changed ("the retirement age from 62 to 64"). */
const SUBJECT_REACH = 4;

/**
 * "raise the retirement age from 62 to 64": a change of an age is an age,
 * which makes no claim unless every quantity is asked for (units.ts).
 */
function markAges(sentence: SentenceAnalysis, every: boolean): void {
  const tokens = sentence.tokens;
  for (const quantity of sentence.quantities) {
    if (quantity.unit.kind !== 'count' || (quantity.change === null && quantity.dropped !== EARLIER)) continue;
    let k = quantity.first - 1;
    while (k >= 0 && (tokens[k]!.kind === 'number' || /^(?:from|to|by|up|down|,)$/.test(tokens[k]!.norm))) k--;
    const subject = tokens.slice(Math.max(0, k - SUBJECT_REACH + 1), k + 1);
    if (!subject.some((t) => t.norm === 'age' || t.norm === 'ages')) continue;
    quantity.unit = { ...quantity.unit, kind: 'age' };
    if (!every) quantity.dropped ??= 'age';
  }
}

export function readChanges(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    let floor = 0;
    let previous: Quantity | undefined;
    for (const quantity of sentence.quantities) {
      for (const reader of CHANGE_READERS) {
        const found = reader(sentence.tokens, quantity, floor);
        if (found) {
          quantity.change = found;
          break;
        }
      }
      quantity.change ??= levelAfterAmount(sentence.tokens, quantity, previous) ?? restatedAmount(sentence.tokens, quantity, previous);
      floor = quantity.last + 1;
      previous = quantity;
    }
    linkEarlierFigures(sentence);
    shareUnits(sentence);
    markAges(sentence, context.options.everyQuantity);
  }
}
