/**
 * Parts of a total: "Of those, 29 have been in Iraq and 32 in Syria" after
 * "61 attacks since Oct. 17" (the parts of the last figure of the sentence
 * before), "the total number of dead stands at 3,513, including 2,166 in
 * rebel-held areas" (the parts of the figure before "including"). The
 * parts then inherit what the total says of itself (parts-inherit.ts).
 */
import type { ExtractionContext, SentenceAnalysis } from '../context';
import { PARTITIVE_OPENERS, PARTITIVE_WORDS } from '../english/discourse-words';
import { figuresOf, type Figure } from './figures';

/** How many words may open a sentence before "of those" ("And of those, …"). */
const OPENER_REACH = 3;
/** How many sentences after a total its parts may come in, and how many parts a total may have. */
const PARTS_REACH = 2;
const MAX_PARTS = 6;

/** The last figure of a sentence that names what it counts. */
function lastTotal(sentence: SentenceAnalysis | undefined): number {
  if (!sentence) return -1;
  for (let i = sentence.quantities.length - 1; i >= 0; i--) {
    const q = sentence.quantities[i]!;
    if (q.dropped === null && q.measure?.measure) return i;
  }
  return -1;
}

/**
 * "roughly 46 injuries … At al-Tanf, 32 troops have suffered injuries, while al Asad accounted for 13
 * wounded personnel. A base in Erbil also reported at least one injury": figures of the same kind in the
 * sentences right after a total, each in a place of its own, that add up to it exactly are its parts.
 */
function readSums(context: ExtractionContext): void {
  const lexicon = context.options.lexicon;
  const figures = figuresOf(context);
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    const family = lexicon.family(total.quantity.measure?.measure ?? null);
    if (family === null || total.quantity.partOf !== null || total.quantity.value < 2 || !Number.isInteger(total.quantity.value)) continue;
    let sum = 0;
    const parts: Figure[] = [];
    for (let j = i + 1; j < figures.length && parts.length < MAX_PARTS; j++) {
      const part = figures[j]!;
      if (part.sentence.index === total.sentence.index) continue;
      if (part.sentence.index > total.sentence.index + PARTS_REACH) break;
      const partFamily = lexicon.family(part.quantity.measure?.measure ?? null);
      // "Thirty-two separate times in Iraq": a part may leave its measure to the total, in the total's unit
      const sameKind = partFamily === family || (partFamily === null && part.quantity.unit.kind === total.quantity.unit.kind);
      if (!sameKind || part.quantity.partOf !== null || part.quantity.places?.evidence.basis !== 'stated') break;
      parts.push(part);
      sum += part.quantity.value;
      if (sum >= total.quantity.value) break;
    }
    if (parts.length < 2 || sum !== total.quantity.value) continue;
    for (const part of parts) part.quantity.partOf = { sentence: total.sentence.index, index: total.index };
  }
}

export function readParts(context: ExtractionContext): void {
  readSums(context);
  const sentences = context.sentences;
  sentences.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    // "Of those, …", "Of them, …", "Among them, …" at the start of a sentence
    const opens = tokens
      .slice(0, OPENER_REACH + 2)
      .findIndex((t, k) => PARTITIVE_OPENERS.has(t.norm) && /^(?:those|them|these|which|whom)$/.test(tokens[k + 1]?.norm ?? ''));
    if (opens >= 0 && opens <= OPENER_REACH) {
      const previous = sentences[s - 1];
      const total = lastTotal(previous);
      if (previous && total >= 0) {
        for (const quantity of sentence.quantities) if (quantity.dropped === null) quantity.partOf ??= { sentence: s - 1, index: total };
      }
    }
    // "3,513, including 2,166 in …": the figures after "including" are parts of the figure before it
    sentence.quantities.forEach((quantity, i) => {
      if (i === 0 || quantity.partOf !== null || quantity.dropped !== null) return;
      const before = tokens[quantity.first - 1]?.norm ?? '';
      if (!PARTITIVE_WORDS.has(before)) return;
      for (let j = i - 1; j >= 0; j--) {
        const total = sentence.quantities[j]!;
        if (total.dropped !== null || total.partOf !== null) continue;
        if (total.value >= quantity.value) quantity.partOf = { sentence: s, index: j };
        break;
      }
    });
    // list members after a part are parts of the same total: "including 2,166 in … and 1,347 deaths in …"
    for (const quantity of sentence.quantities) {
      if (quantity.partOf !== null || quantity.listHead === null) continue;
      const head = sentence.quantities[quantity.listHead]!;
      if (head.partOf !== null) quantity.partOf = head.partOf;
    }
  });
}
