/**
 * Stage: numbers in one list share what is written once. "at least 12 in
 * Iraq and four in Syria": the four are at least four, and of the same
 * measure; "about 2,500 troops in Iraq and around 900 in Syria": the 900
 * are troops. A list is numbers joined by "and", a comma or "(and)", with
 * no verb or new clause between them.
 */
import type { ExtractionContext, Quantity, SentenceAnalysis } from './context';
import type { Lexicon } from '../lexicon/lexicon';
import { AUXILIARIES, CLAUSE_OPENERS } from './english/function-words';
import { SPEECH_VERBS } from './english/verbs';
import { passedOn } from './evidence';

const JOINERS: ReadonlySet<string> = new Set(['and', ',', '(', ')', 'as', 'well', 'plus', 'while', 'whereas', ':', '-', '–', '—']);
const MAX_GAP = 9;

/** How two numbers are listed: "and" shares hedge and measure; a colon ("165 times: 66 in Iraq") opens a breakdown that shares the measure only. */
function listed(sentence: SentenceAnalysis, a: Quantity, b: Quantity): false | 'list' | 'breakdown' {
  // "12 were killed in Iraq and four": what stands between begins after the first number's measure words
  const from = Math.max(a.last, a.measure?.last ?? a.last) + 1;
  const between = sentence.tokens.slice(from, b.first);
  if (between.length === 0 || between.length > MAX_GAP) return false;
  // the words just before the second number must join: "and", ",", "(and)", "as well as"
  let k = between.length - 1;
  let joined = false;
  while (k >= 0 && JOINERS.has(between[k]!.norm)) {
    if (between[k]!.norm === 'while' || between[k]!.norm === 'whereas') return false;
    joined = true;
    k--;
  }
  if (!joined) return false;
  for (let j = 0; j <= k; j++) {
    const token = between[j]!;
    if (token.kind === 'number' || (token.kind === 'punct' && /^[;:.!?]$/.test(token.norm)) || token.norm === 'according') return false;
    // "since Oct. 17" is a date, not a new clause
    const opensClause = CLAUSE_OPENERS.has(token.norm) && token.norm !== 'as' && between[j + 1]?.kind !== 'mask';
    if (token.kind === 'word' && (AUXILIARIES.has(token.norm) || SPEECH_VERBS.has(token.norm) || opensClause)) return false;
  }
  // a colon or a dash opens a breakdown: "66 times since Oct. 17 - 32 in Iraq and 34 in Syria"
  return between.some((t) => t.norm === ':' || t.norm === '-' || t.norm === '–' || t.norm === '—') ? 'breakdown' : 'list';
}

function family(lexicon: Lexicon, measure: string | null): string | null {
  return lexicon.family(measure);
}

export function linkLists(sentence: SentenceAnalysis, lexicon: Lexicon): void {
  const quantities = sentence.quantities;
  for (let i = 1; i < quantities.length; i++) {
    const a = quantities[i - 1]!;
    const b = quantities[i]!;
    if (a.unit.kind !== b.unit.kind && !(a.unit.kind === 'times' && b.unit.kind === 'count') && b.unit.kind !== 'count') continue;
    const kind = listed(sentence, a, b);
    if (!kind) continue;
    b.listHead = a.listHead ?? i - 1;
    // "165 times: 66 in Iraq and 98 in Syria": the numbers after the colon are parts of the figure before it
    if (kind === 'breakdown' || a.partOf !== null) b.partOf = a.partOf ?? { sentence: sentence.index, index: i - 1 };
    const head = a;
    const bMeasure = b.measure;
    const inherits = bMeasure === null || bMeasure.measure === null;
    if (
      inherits &&
      head.measure &&
      head.measure.measure !== null &&
      (bMeasure?.first === null || bMeasure === null || b.unit.kind === head.unit.kind || b.unit.kind === 'count')
    ) {
      b.measure = { ...head.measure, first: null, last: null, evidence: passedOn(head.measure.evidence, 'list') };
      if (b.unit.kind === 'count' && head.unit.kind === 'times') b.unit = { ...head.unit, first: null, last: null };
    }
    const sameFamily = family(lexicon, b.measure?.measure ?? null) === family(lexicon, head.measure?.measure ?? null);
    if (kind === 'list' && b.hedge === null && head.hedge !== null && head.qualifier !== 'range' && b.qualifier === 'exact' && sameFamily) {
      b.qualifier = head.qualifier;
      b.hedge = { ...head.hedge, shared: true };
    }
  }
}

export function readLists(context: ExtractionContext): void {
  for (const sentence of context.sentences) linkLists(sentence, context.options.lexicon);
}
