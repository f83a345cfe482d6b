/**
 * What a quantity that is not a count measures, in the manner of CQE (the
 * noun phrase the quantity is said of): "winds of 87 mph" → winds, "a $71.4
 * million appeal" → appeal, "inflation rose 0.3%" → inflation, "the driving
 * range grows by 35 miles" → the driving range, "a third of those screened"
 * → those screened. A pure function of the sentence's tokens, the quantity
 * and the lexicon; the finders are tried in order and the first wins.
 */
import type { Lexicon } from '../../lexicon/lexicon';
import type { MeasureReading, Quantity } from '../context';
import type { Token } from '../text/tokens';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS } from '../english/function-words';
import { CHANGE_FILLERS, CHANGE_NOUNS, CHANGE_VERBS } from '../english/changes';
import { SPEECH_VERBS } from '../english/verbs';
import { NOT_NOUNS } from '../english/units';
import { stated, wordsAt } from '../evidence';

/** The most words a measured noun phrase takes ("the average driving range"). */
const MAX_PHRASE = 4;
/** How many words may stand between the subject and its figure ("has risen sharply by"). */
const MAX_PREDICATE = 4;

/** Verbs that state a level or a total: "inflation was 3.1%", "the bill came to $5bn". */
const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'stood',
  'stands',
  'reached',
  'reaches',
  'hit',
  'hits',
  'topped',
  'tops',
  'totalled',
  'totaled',
  'totals',
  'amounted',
  'amounts',
  'came',
  'comes',
  'measured',
  'measures',
  'weighed',
  'weighs',
  'averaged',
  'averages',
  'cost',
  'costs',
  'exceeded',
  'at',
  'to',
  'by',
]);

/** Between a verb and its figure, but no verb themselves: "rose to", "stood at". */
const LINKS: ReadonlySet<string> = new Set(['at', 'to', 'by']);

const isPhraseWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  token.kind === 'word' &&
  !FUNCTION_WORDS.has(token.norm) &&
  !CHANGE_VERBS.has(token.norm) &&
  !LEVEL_VERBS.has(token.norm) &&
  !SPEECH_VERBS.has(token.norm) &&
  !AUXILIARIES.has(token.norm) &&
  !NOT_NOUNS.has(token.norm);

const joined = (tokens: readonly Token[], first: number, last: number): string => {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return out;
};

function measure(input: QuantityInput, first: number, last: number, rule: string): MeasureReading {
  const { text, tokens, lexicon } = input;
  const words = joined(tokens, first, last);
  const match =
    lexicon.measureForTerm(
      tokens
        .slice(first, last + 1)
        .map((t) => t.norm)
        .join(' '),
    ) ?? lexicon.measureForTerm(tokens[last]!.norm);
  // the words a non-count figure is said of are stated even when the lexicon has no name for them
  const from = wordsAt(text, tokens[first]!.start, tokens[last]!.end);
  return { measure: match?.measure ?? null, subMeasure: match?.subMeasure ?? null, text: words, first, last, evidence: stated(rule, from) };
}

/** "256GB": letters against digits are the unit of another figure, never a measure's words. */
const unitOfAFigure = (tokens: readonly Token[], k: number): boolean =>
  tokens[k - 1]?.kind === 'number' && tokens[k - 1]!.end === tokens[k]!.start;

/** The noun phrase that ends at token `last` (going back), with a determiner before it: "the driving range". */
function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): number | null {
  if (last < floor || !isPhraseWord(tokens[last]) || unitOfAFigure(tokens, last)) return null;
  let first = last;
  while (first - 1 >= floor && last - first + 1 < MAX_PHRASE && isPhraseWord(tokens[first - 1]) && !unitOfAFigure(tokens, first - 1))
    first--;
  // "the 10-year Treasury yield": a number joined to a word is part of the phrase
  const dash = tokens[first - 1];
  if (first - 2 >= floor && dash?.norm === '-' && tokens[first - 2]!.kind === 'number' && tokens[first - 2]!.end === dash.start) first -= 2;
  if (first - 1 >= floor && DETERMINERS.has(tokens[first - 1]!.norm)) first--;
  // "shares of the company", "prices in London"
  if (first - 2 >= floor && /^(?:of|in|for)$/.test(tokens[first - 1]?.norm ?? '') && isPhraseWord(tokens[first - 2])) {
    const head = phraseEndingAt(tokens, first - 2, floor);
    if (head !== null) first = head;
  }
  return first;
}

/** The noun phrase that starts at token `first`: "appeal", "winds", "the 200 students" gives students. */
function phraseStartingAt(tokens: readonly Token[], first: number): number | null {
  let k = first;
  if (tokens[k]?.kind === 'word' && DETERMINERS.has(tokens[k]!.norm)) k++;
  if (!isPhraseWord(tokens[k])) return null;
  let last = k;
  while (last + 1 < tokens.length && last - k + 1 < MAX_PHRASE && isPhraseWord(tokens[last + 1]) && !/ed$/.test(tokens[last + 1]!.norm))
    last++;
  return last;
}

/** What the finders read: the document's text (for the evidence's quote), the sentence's tokens and the figure. */
interface QuantityInput {
  text: string;
  tokens: readonly Token[];
  quantity: Quantity;
  /** The first token after the figure before this one. */
  floor: number;
  lexicon: Lexicon;
}

type MeasureFinder = (input: QuantityInput) => MeasureReading | null;

/** "a third of those screened", "half of the voters": a share is of the noun phrase after "of". */
const shareOf: MeasureFinder = (input) => {
  const { tokens, quantity } = input;
  if (quantity.unit.kind !== 'fraction') return null;
  let k = quantity.last + 1;
  if (tokens[k]?.norm === 'of') k++;
  else if (tokens[quantity.last]?.norm !== 'of') return null;
  const start = tokens[k]?.kind === 'word' && DETERMINERS.has(tokens[k]!.norm) ? k : k;
  const last = phraseStartingAt(tokens, start);
  if (last !== null) return measure(input, start, last, 'share-of');
  // "those screened": a determiner alone, then the words that say who
  if (tokens[k]?.kind === 'word' && isPhraseWord(tokens[k + 1])) return measure(input, k, k + 1, 'share-of');
  return null;
};

/** "winds of 87 mph", "a budget of $5bn", "an increase of 3% in costs". */
const nounOfBefore: MeasureFinder = (input) => {
  const { tokens, quantity, floor } = input;
  const of = quantity.first - 1;
  if (tokens[of]?.norm !== 'of') return null;
  // "an increase of 3%" says what changed, "instead of 128GB" what was not chosen
  if (CHANGE_NOUNS.has(tokens[of - 1]?.norm ?? '') || /^(?:instead|rather|because|out)$/.test(tokens[of - 1]?.norm ?? '')) return null;
  const first = phraseEndingAt(tokens, of - 1, floor);
  return first === null ? null : measure(input, first, of - 1, 'noun-of-before');
};

/** "a $71.4 million appeal", "87 mph winds", "a 1,200-mile pipeline". */
const nounAfter: MeasureFinder = (input) => {
  const { tokens, quantity } = input;
  const first = quantity.last + 1;
  if (CHANGE_NOUNS.has(tokens[first]?.norm ?? '')) return null;
  const last = phraseStartingAt(tokens, first);
  // "0-62mph takes 7.9 seconds": a word before another figure is its verb
  if (last === null || DETERMINERS.has(tokens[first]!.norm) || tokens[last + 1]?.kind === 'number') return null;
  return measure(input, first, last, 'noun-after-quantity');
};

/** "inflation rose 0.3%", "core inflation was 3.1%", "the driving range grows by 35 miles". */
const subjectBefore: MeasureFinder = (input) => {
  const { tokens, quantity, floor } = input;
  let k = quantity.first - 1;
  let steps = 0;
  let predicate = false;
  while (k >= floor && steps < MAX_PREDICATE) {
    const word = tokens[k]?.kind === 'word' ? tokens[k]!.norm : null;
    if (word === null) return null;
    const verb = CHANGE_VERBS.has(word) || (LEVEL_VERBS.has(word) && !LINKS.has(word)) || AUXILIARIES.has(word);
    if (!verb && !CHANGE_FILLERS.has(word) && !LINKS.has(word) && word !== 'up' && word !== 'down') break;
    predicate ||= verb;
    k--;
    steps++;
  }
  if (!predicate) return null;
  const first = phraseEndingAt(tokens, k, floor);
  return first === null ? null : measure(input, first, k, 'subject-before');
};

/** In the order they are tried. */
export const QUANTITY_MEASURE_FINDERS: readonly MeasureFinder[] = [shareOf, nounOfBefore, nounAfter, subjectBefore];
/** A figure of a change is said of what changed, before any noun after it ("sales were up 12% year on year"). */
const CHANGE_MEASURE_FINDERS: readonly MeasureFinder[] = [shareOf, nounOfBefore, subjectBefore, nounAfter];

/** The measure of a quantity that is not a count; null when no finder reads one. `floor` is the first token after the previous figure. */
export function quantityMeasure(input: QuantityInput): MeasureReading | null {
  for (const finder of input.quantity.change === null ? QUANTITY_MEASURE_FINDERS : CHANGE_MEASURE_FINDERS) {
    const found = finder(input);
    if (found) return found;
  }
  return null;
}
