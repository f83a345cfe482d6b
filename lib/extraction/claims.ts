/**
 * Stage: the Claim records. One per number that was read as a count, a
 * percentage or money and not set aside; the quote runs from the first word
 * of the hedge (or the counting verb) to the last word of the measure, so
 * `document.text.slice(span.start, span.end) === quote` always holds.
 */
import type { Claim } from '../records';
import type { ExtractionContext, Quantity, SentenceAnalysis } from './context';
import { textClaimId } from '../ids';

function unitCode(quantity: Quantity): string {
  if (quantity.unit.kind === 'percent') return 'percent';
  if (quantity.unit.kind === 'currency') return quantity.unit.code ?? 'currency';
  if (quantity.unit.kind === 'count' || quantity.unit.kind === 'times') return 'count';
  return quantity.unit.code ?? quantity.unit.kind;
}

function span(sentence: SentenceAnalysis, quantity: Quantity): { start: number; end: number } {
  const tokens = sentence.tokens;
  let first = quantity.first;
  let last = quantity.last;
  const measure = quantity.measure;
  if (measure && measure.first !== null && measure.last !== null) {
    first = Math.min(first, measure.first);
    last = Math.max(last, measure.last);
  }
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

function statedText(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity): string {
  const tokens = sentence.tokens;
  return context.text.slice(tokens[quantity.reading.first]!.start, tokens[quantity.reading.last]!.end);
}

/** JSON writes -0 as 0: "-0" in a text is zero, so that a claim read back from its JSON is the same claim. */
const withoutNegativeZero = (n: number): number => (n === 0 ? 0 : n);

export function toClaim(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity, source: Claim['source']): Claim {
  const { start, end } = span(sentence, quantity);
  const time = quantity.time;
  const range = quantity.qualifier === 'range' && quantity.upper !== null;
  return {
    id: textClaimId(context.document.id, start, end),
    documentId: context.document.id,
    quote: context.text.slice(start, end),
    span: { start, end },
    stated: withoutNegativeZero(quantity.value),
    statedText: statedText(context, sentence, quantity),
    qualifier: range ? 'range' : quantity.qualifier === 'range' ? 'exact' : quantity.qualifier,
    upper: range && quantity.upper !== null ? withoutNegativeZero(quantity.upper) : null,
    hedge: quantity.hedge?.text ?? null,
    unit: unitCode(quantity),
    measure: quantity.measure?.measure ?? null,
    subMeasure: quantity.measure?.subMeasure ?? null,
    measureText: quantity.measure?.text ?? null,
    locations: quantity.places?.countries ?? [],
    period: time?.period ?? null,
    asOf: time?.asOf ?? null,
    asOfBounds: time?.asOfBounds ?? null,
    attribution: quantity.attribution?.value ?? null,
    source,
  };
}

export function buildClaims(context: ExtractionContext): void {
  const claims: Claim[] = [];
  // one copy of the document's source for all its claims: a text of 10 MB can make millions of them
  const source = { ...context.document.source };
  for (const sentence of context.sentences) {
    for (const quantity of sentence.quantities) {
      if (quantity.dropped !== null) continue;
      claims.push(toClaim(context, sentence, quantity, source));
    }
  }
  context.claims = claims.sort((a, b) => a.span!.start - b.span!.start || a.span!.end - b.span!.end);
}
