/**
 * Stage: the Claim records. One per number that makes a claim (its unit's
 * kind is a claim kind, see units.ts) and was not set aside; the quote runs from the first word
 * of the hedge (or the counting verb) to the last word of the measure, so
 * `document.text.slice(span.start, span.end) === quote` always holds. Each
 * claim carries the evidence of its context attributes as `provenance`.
 */
import type { Claim, Evidence, Provenance } from '../records';
import type { ExtractionContext, Quantity, SentenceAnalysis } from './context';
import { textClaimId } from '../ids';
import { UNKNOWN } from './evidence';
import { totalOf } from './discourse/figures';
import { COUNT, toBase, type Unit } from '../units/table';

/** The unit as the claim carries it: the table unit, counted things and events as "count". */
function unitOf(quantity: Quantity): Unit {
  const unit = quantity.unit.unit;
  return unit === null ? COUNT : unit;
}

function unitText(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity): string | null {
  const { first, last } = quantity.unit;
  if (first === null || last === null || quantity.unit.kind === 'count') return null;
  const tokens = sentence.tokens;
  const text = (a: number, b: number): string => context.text.slice(tokens[a]!.start, tokens[b]!.end);
  // "$1,987 an ounce": the words on both sides of the number, which is no part of them
  const { first: number, last: numberLast } = quantity.reading;
  if (first < number && last > numberLast) return `${text(first, number - 1)} … ${text(numberLast + 1, last)}`;
  // "a 25-basis-point hike": the unit's words, not the hyphen that joins them to the number
  const from = tokens[first]!.norm === '-' && first < last ? first + 1 : first;
  return text(from, last);
}

/** The claim's unit, dimension and figures in the base unit; an amount of change converts without a zero's offset. */
function unitFields(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity, stated: number, upper: number | null) {
  const unit = unitOf(quantity);
  const difference = quantity.change?.figure === 'amount';
  return {
    unitText: unitText(context, sentence, quantity),
    dimension: unit.dimension,
    baseUnit: unit.baseUnit,
    baseValue: withoutNegativeZero(toBase(stated, unit, difference)),
    baseUpper: upper === null ? null : withoutNegativeZero(toBase(upper, unit, difference)),
  };
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

function provenanceOf(quantity: Quantity): Provenance {
  const time = quantity.time;
  const or = (evidence: Evidence | undefined): Evidence => evidence ?? UNKNOWN;
  return {
    measure: quantity.measure?.measure ? or(quantity.measure.evidence) : UNKNOWN,
    population: or(quantity.population?.evidence),
    locations: quantity.places && quantity.places.countries.length > 0 ? quantity.places.evidence : UNKNOWN,
    period: time?.period ? time.periodEvidence : time?.basis === 'level' ? time.periodEvidence : UNKNOWN,
    asOf: time?.asOf ? time.asOfEvidence : UNKNOWN,
    timeBasis: time?.basis ? time.basisEvidence : UNKNOWN,
    attribution: quantity.attribution?.value ? quantity.attribution.evidence : UNKNOWN,
  };
}

function partOfId(context: ExtractionContext, quantity: Quantity): string | null {
  const total = totalOf(context, quantity);
  if (!total || total.dropped !== null) return null;
  const sentence = context.sentences[quantity.partOf!.sentence]!;
  const { start, end } = span(sentence, total);
  return textClaimId(context.document.id, start, end);
}

export function toClaim(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity, source: Claim['source']): Claim {
  const { start, end } = span(sentence, quantity);
  const time = quantity.time;
  const range = quantity.qualifier === 'range' && quantity.upper !== null;
  const stated = withoutNegativeZero(quantity.value);
  const upper = range && quantity.upper !== null ? withoutNegativeZero(quantity.upper) : null;
  return {
    id: textClaimId(context.document.id, start, end),
    documentId: context.document.id,
    quote: context.text.slice(start, end),
    span: { start, end },
    stated,
    statedText: statedText(context, sentence, quantity),
    qualifier: range ? 'range' : quantity.qualifier === 'range' ? 'exact' : quantity.qualifier,
    upper,
    hedge: quantity.hedge?.text ?? null,
    unit: unitOf(quantity).code,
    measure: quantity.measure?.measure ?? null,
    subMeasure: quantity.measure?.subMeasure ?? null,
    measureText: quantity.measure?.text ?? null,
    locations: quantity.places?.countries ?? [],
    period: time?.period ?? null,
    asOf: time?.asOf ?? null,
    asOfBounds: time?.asOfBounds ?? null,
    attribution: quantity.attribution?.value ?? null,
    source,
    population: quantity.population?.population ?? null,
    populationText: quantity.population?.text ?? null,
    timeBasis: time?.basis ?? null,
    partOf: partOfId(context, quantity),
    provenance: provenanceOf(quantity),
    ...unitFields(context, sentence, quantity, stated, upper),
    change: quantity.change,
  };
}

/**
 * Figures read that a reader would not compare: vague plurals unless asked ("dozens of attacks"), and
 * "one" or "a" before a noun that names no measure, which is a determiner ("one example", "one purpose").
 */
function isClaim(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity): boolean {
  if (quantity.reading.form === 'vague' && !context.options.vagueCounts) return false;
  const word = sentence.tokens[quantity.reading.first]!.norm;
  if (quantity.value === 1 && /^(?:one|a|an)$/.test(word) && quantity.hedge === null && !quantity.measure?.measure) return false;
  return true;
}

export function buildClaims(context: ExtractionContext): void {
  const claims: Claim[] = [];
  // one copy of the document's source for all its claims: a text of 10 MB can make millions of them
  const source = { ...context.document.source };
  for (const sentence of context.sentences) {
    for (const quantity of sentence.quantities) {
      if (quantity.dropped !== null || !isClaim(context, sentence, quantity)) continue;
      claims.push(toClaim(context, sentence, quantity, source));
    }
  }
  context.claims = claims.sort((a, b) => a.span!.start - b.span!.start || a.span!.end - b.span!.end);
}
