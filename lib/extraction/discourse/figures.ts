/** The figures of a document in reading order, with the sentence each is in: what every discourse rule walks. */
import type { ExtractionContext, Quantity, SentenceAnalysis } from '../context';

export interface Figure {
  sentence: SentenceAnalysis;
  quantity: Quantity;
  /** Position in the sentence's quantities. */
  index: number;
}

export function figuresOf(context: ExtractionContext): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of context.sentences) {
    sentence.quantities.forEach((quantity, index) => {
      if (quantity.dropped === null) figures.push({ sentence, quantity, index });
    });
  }
  return figures;
}

export const totalOf = (context: ExtractionContext, quantity: Quantity): Quantity | null =>
  quantity.partOf === null ? null : (context.sentences[quantity.partOf.sentence]?.quantities[quantity.partOf.index] ?? null);
