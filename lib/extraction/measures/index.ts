/**
 * Stage: what each number counts, matched to the lexicon's canonical
 * measures. The finders are tried in order and the first that answers
 * wins; a refiner then reads the narrower kind from the means. Order
 * matters: what is said of counted people (a harm inside their phrase,
 * after them, before them, or the verb that befell them) decides before
 * the people themselves do ("21 soldiers were injured" counts the injured,
 * "killing three soldiers" the killed); a linking verb's subject decides
 * for a bare figure or one of "people" ("the death toll rose to 1,950
 * people"); the words after the number are kept even when they name no
 * measure we know. Figures with no words of their own get theirs later,
 * from a list or the sentence before (lists.ts, discourse/).
 */
import type { ExtractionContext, MeasureReading, Quantity, SentenceAnalysis } from '../context';
import type { Lexicon } from '../../lexicon/lexicon';
import { wordAt } from '../numbers/reader';
import { GENERIC_PERSON_NOUNS } from '../english/function-words';
import { stated, UNKNOWN, wordsAt } from '../evidence';
import { nounPhrase } from './noun-phrase';
import { spanText, termIn } from './terms';
import type { MeasureFinder, MeasureInput } from './input';
import { collectiveOf } from './finders/collective-of';
import { harmModifier } from './finders/harm-modifier';
import { predicateAfter } from './finders/predicate-after';
import { harmTo } from './finders/harm-to';
import { harmCause } from './finders/harm-cause';
import { verbBeforeFinder } from './finders/verb-before';
import { subjectOfLink } from './finders/subject-of-link';
import { nounAfter, unknownNoun } from './finders/noun-after';
import { meansAfter } from './refiners/means-after';
import { clauseSubject } from './finders/clause-subject';
import { quantityMeasure } from './quantities';

export const MEASURE_FINDERS: readonly MeasureFinder[] = [
  collectiveOf,
  harmModifier,
  predicateAfter,
  harmCause,
  harmTo,
  verbBeforeFinder,
  subjectOfLink,
  nounAfter,
  clauseSubject,
  // keeps the words of an unknown measure: last, so that every finder above has had its say
  unknownNoun,
];

function inputFor(sentence: SentenceAnalysis, quantity: Quantity, previous: Quantity | null, lexicon: Lexicon): MeasureInput {
  const tokens = sentence.tokens;
  const times = quantity.unit.kind === 'times';
  const counted = quantity.unit.kind === 'count' || times;
  let start = quantity.last + 1;
  if (wordAt(tokens, start) === 'of' && quantity.reading.form !== 'count-word' && quantity.unit.kind === 'count') start++;
  const phrase = counted && !times ? nounPhrase(tokens, start, lexicon) : [];
  const phraseEnd = phrase.length > 0 ? phrase[phrase.length - 1]! : quantity.last;
  const noun = phrase.length > 0 ? termIn(tokens, phrase, lexicon) : null;
  const head = phrase.length > 0 ? tokens[phraseEnd]!.norm : null;
  const persons =
    phrase.length === 0 ||
    (noun !== null && lexicon.countsPersons(noun.match.measure)) ||
    (head !== null && (GENERIC_PERSON_NOUNS.has(head) || lexicon.populationForTerm(spanText(tokens, phrase[0]!, phraseEnd)) !== null));
  return { tokens, sentence, quantity, floor: previous ? previous.last + 1 : 0, lexicon, phrase, phraseEnd, noun, persons, counted, times };
}

export function measureOf(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  quantity: Quantity,
  previous: Quantity | null,
): MeasureReading {
  const lexicon = context.options.lexicon;
  const input = inputFor(sentence, quantity, previous, lexicon);
  quantity.phrase = [...input.phrase];
  const tokens = sentence.tokens;
  // money, percentages and physical measures are said of a noun phrase ("winds of 87 mph", "inflation rose
  // 0.3%"), read unless a finder below names a measure of the lexicon
  const ofQuantity = input.counted ? null : () => quantityMeasure({ text: context.text, tokens, quantity, floor: input.floor, lexicon });
  for (const finder of MEASURE_FINDERS) {
    const found = finder.find(input);
    if (!found) continue;
    if (!found.hit && ofQuantity) {
      const said = ofQuantity();
      if (said) return said;
    }
    const words = wordsAt(context.text, tokens[found.first]!.start, tokens[found.last]!.end);
    const reading: MeasureReading = {
      measure: found.hit?.match.measure ?? null,
      subMeasure: found.hit?.match.subMeasure ?? null,
      text:
        found.text ??
        (found.hit && finder !== nounAfter && finder !== unknownNoun ? spanText(tokens, found.hit.first, found.hit.last) : words.quote),
      first: found.first,
      last: found.last,
      evidence: found.hit ? stated(finder.name, words) : UNKNOWN,
    };
    if (reading.measure !== null && reading.subMeasure === null) {
      const means = meansAfter(tokens, Math.max(input.phraseEnd, quantity.last) + 1, reading.measure, lexicon);
      if (means) {
        reading.subMeasure = means.match.subMeasure;
        reading.last = Math.max(reading.last ?? means.last, means.last);
        reading.text = `${reading.text ?? ''} ${spanText(tokens, means.first, means.last)}`.trim();
      }
    }
    return reading;
  }
  return (
    ofQuantity?.() ?? { measure: null, subMeasure: null, text: input.times ? 'times' : null, first: null, last: null, evidence: UNKNOWN }
  );
}

export function readMeasures(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    let previous: Quantity | null = null;
    for (const quantity of sentence.quantities) {
      quantity.measure = measureOf(context, sentence, quantity, previous);
      if (quantity.dropped === null) previous = quantity;
    }
  }
}
