/**
 * Stage: every number of every sentence, from the readers below tried at
 * each token (the longest reading wins, earlier readers win a tie), minus
 * the numbers that are not quantities (not-numbers.ts).
 */
import type { ExtractionContext, NumberReading, Quantity, SentenceAnalysis } from '../context';
import { COUNTED } from '../units';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { readCountWord } from './count-words';
import { readDigits } from './digits';
import { isUnitAfterArticle, readArticleUnit, readFraction, readShare } from './fractions';
import { isBackReference, isPartitive, mayStartWordNumber, whyNotANumber } from './not-numbers';
import { VULGAR_FRACTIONS } from '../english/number-words';
import type { NumberReader } from './reader';
import { readVague } from './vague';
import { isTitleCase } from '../text/title-case';
import { readHyphenCompound, readWords } from './words';

/** In the order they are tried. */
export const NUMBER_READERS: readonly NumberReader[] = [
  readShare,
  readArticleUnit,
  readFraction,
  readCountWord,
  readVague,
  readHyphenCompound,
  readWords,
  readDigits,
];

/** Words a number may start with: any other word is passed over without trying the readers. */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'half',
  'half-a-dozen',
  'negative',
  'minus',
  'several',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
  'twice',
  'thrice',
  'once',
  'hundred',
  'thousand',
  'million',
  'billion',
]);

/** After "a": the words that make it a number ("a dozen", "a few", "a hundred", "a quarter"). */
const AFTER_ARTICLE: ReadonlySet<string> = new Set([
  'pair',
  'couple',
  'dozen',
  'score',
  'trio',
  "baker's",
  'half',
  'half-dozen',
  'few',
  'handful',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'quarter',
  'third',
  'fifth',
  'tenth',
]);

function mayStartNumber(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  if (word === 'a' || word === 'an') return AFTER_ARTICLE.has(tokens[i + 1]?.norm ?? '') || isUnitAfterArticle(tokens[i + 1]?.norm);
  return NUMBER_STARTS.has(word) || mayStartWordNumber(word);
}

export function findNumbers(
  tokens: readonly Token[],
  lexicon: Lexicon,
): { accepted: NumberReading[]; rejected: Array<{ reading: NumberReading; reason: string }> } {
  const accepted: NumberReading[] = [];
  const rejected: Array<{ reading: NumberReading; reason: string }> = [];
  const titleCase = isTitleCase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (
      kind === 'mask' ||
      (kind === 'word' && !mayStartNumber(tokens, i)) ||
      (kind === 'punct' && !VULGAR_FRACTIONS.has(tokens[i]!.norm) && tokens[i]!.norm !== '-')
    )
      continue;
    let best: NumberReading | null = null;
    for (const reader of NUMBER_READERS) {
      const read = reader(tokens, i);
      if (read && (best === null || read.last > best.last)) best = read;
    }
    if (!best) continue;
    // a reader may take a sign before the number: never reach back over a number already read
    const previous = accepted[accepted.length - 1];
    if (previous && best.first <= previous.last) best = { ...best, first: previous.last + 1 };
    const reason = Number.isFinite(best.value) ? whyNotANumber(best, tokens, lexicon, titleCase) : 'not finite';
    if (reason === null) accepted.push(best);
    else rejected.push({ reading: best, reason });
    i = best.last;
  }
  return { accepted, rejected };
}

export function newQuantity(sentence: SentenceAnalysis, reading: NumberReading): Quantity {
  return {
    sentence: sentence.index,
    reading,
    value: reading.value,
    upper: reading.upper,
    qualifier: reading.form === 'vague' ? 'range' : 'exact',
    hedge: null,
    unit: COUNTED,
    first: reading.first,
    last: reading.last,
    listHead: null,
    measure: null,
    phrase: [],
    population: null,
    places: null,
    time: null,
    attribution: null,
    partOf: null,
    change: null,
    dropped: reading.bareVague ? 'bare vague count' : null,
  };
}

export function readNumbers(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    const { accepted, rejected } = findNumbers(sentence.tokens, context.options.lexicon);
    sentence.quantities = accepted.map((reading) => newQuantity(sentence, reading));
    for (const quantity of sentence.quantities) {
      if (isPartitive(quantity.reading, sentence.tokens)) quantity.dropped ??= 'partitive';
      if (isBackReference(quantity.reading, sentence.tokens)) quantity.dropped ??= 'back reference';
    }
    if (context.options.bareVagueCounts)
      for (const quantity of sentence.quantities) if (quantity.dropped === 'bare vague count') quantity.dropped = null;
    sentence.notNumbers = rejected;
  }
}
