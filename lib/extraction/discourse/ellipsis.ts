/**
 * A bare figure counts what the figure before it counts: "the prefecture
 * counted 14,800 demonstrators, while the CGT claimed 23,000"; "1.7 million
 * people marched … The Ministry of the Interior has counted 480,000". The
 * figure before must be in the same sentence or the one just before it,
 * and of the same kind (a count, a percentage, money).
 */
import type { ExtractionContext, Quantity } from '../context';
import { passedOn } from '../evidence';
import { figuresOf } from './figures';

const RULE = 'ellipsis';

/** No words of its own say what it counts: "… while the CGT claimed 23,000", "Thirty-two separate times in Iraq". */
const bare = (quantity: Quantity): boolean =>
  quantity.phrase.length === 0 &&
  (quantity.measure === null || (quantity.measure.measure === null && (quantity.measure.text === null || quantity.unit.kind === 'times')));

export function readEllipses(context: ExtractionContext): void {
  let previous: { quantity: Quantity; sentence: number; paragraph: number } | null = null;
  for (const { sentence, quantity } of figuresOf(context)) {
    // the figure before, in the same sentence or the one just before it ("… which expected 750,000 people. Even two million for the CGT")
    const near = previous !== null && (previous.sentence === sentence.index || previous.sentence === sentence.index - 1);
    const kinds = (a: string, b: string): boolean => a === b || (a === 'times' && b === 'count') || (a === 'count' && b === 'times');
    if (bare(quantity) && near && kinds(previous!.quantity.unit.kind, quantity.unit.kind) && previous!.quantity.measure?.measure) {
      const from = previous!.quantity;
      quantity.measure = { ...from.measure!, first: null, last: null, evidence: passedOn(from.measure!.evidence, RULE) };
      if (!quantity.population && from.population)
        quantity.population = { ...from.population, evidence: passedOn(from.population.evidence, RULE) };
    }
    if (quantity.measure?.measure) previous = { quantity, sentence: sentence.index, paragraph: sentence.paragraph };
  }
}
