/**
 * The first half of the pipeline on its own: every number of a text with its
 * hedge, range and unit, including those that make no claim (distances,
 * durations, fractions), each with the reason it makes none. The peer test
 * suites and the benchmark's comparison run this.
 */
import type { Qualifier, Span } from '../records';
import type { NumberForm, UnitKind } from './context';
import { QUANTITY_STAGES, createContext, run } from './pipeline';
import { resolveOptions, type ExtractOptions } from './extract';
import { assertDocument } from '../documents/check';

/** A number found in text with how it is hedged and what it counts, whether or not it makes a claim. */
export interface FoundQuantity {
  /** The words of the quantity: hedge, number or range, unit. */
  text: string;
  span: Span;
  value: number;
  /** The top of a range; null otherwise. */
  upper: number | null;
  qualifier: Qualifier;
  hedge: string | null;
  form: NumberForm;
  unit: UnitKind;
  /** "percent", a currency code, or the unit word. */
  unitCode: string | null;
  /** Why it yields no claim (a unit that is not a count, a bare "several"); null when it does. */
  notAClaim: string | null;
}

/** Every number of a text with its hedge, range and unit, including those that make no claim, each with the reason. */
export function findQuantities(text: string, options: ExtractOptions & { published?: string | null } = {}): FoundQuantity[] {
  const document = { id: 'text', text, source: { name: null, url: null, published: options.published ?? null } };
  assertDocument(document, 'findQuantities');
  const context = run(createContext(document, resolveOptions(options)), QUANTITY_STAGES);
  const found: FoundQuantity[] = [];
  for (const sentence of context.sentences) {
    for (const quantity of sentence.quantities) {
      const start = sentence.tokens[quantity.first]!.start;
      const end = sentence.tokens[quantity.last]!.end;
      found.push({
        text: text.slice(start, end),
        span: { start, end },
        value: quantity.value,
        upper: quantity.qualifier === 'range' ? quantity.upper : null,
        qualifier: quantity.qualifier,
        hedge: quantity.hedge?.text ?? null,
        form: quantity.reading.form,
        unit: quantity.unit.kind,
        unitCode: quantity.unit.code,
        notAClaim: quantity.dropped,
      });
    }
  }
  return found;
}
