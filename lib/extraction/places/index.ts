/**
 * Stage: where each figure is, at country level, from the words of its
 * own clause; then two refiners for totals and their parts. A figure whose
 * clause names no place gets one later, from the sentences before it or the
 * article's focus (discourse/places-frame.ts).
 */
import type { ExtractionContext } from '../context';
import { locativeGroups, countriesOf } from './groups';
import { placesInClause } from './assign';
import { unitePartsOfTotals } from './refiners/unite-parts-of-totals';
import { placeAfterTotals } from './refiners/place-after-totals';

/** Refiners of a sentence's places, in order: totals take their parts' places before later figures look at totals. */
const PLACE_REFINERS = [unitePartsOfTotals, placeAfterTotals];

/** The countries the document names as places, by the lexicon alone: what the gazetteer prefers among namesakes. */
function documentCountries(context: ExtractionContext): string[] {
  const countries = new Set<string>();
  const places = { lexicon: context.options.lexicon, countries: [], gazetteer: false };
  for (const sentence of context.sentences)
    for (const group of locativeGroups(sentence.tokens, places, sentence.headline))
      for (const hit of group.hits) countries.add(hit.country);
  return [...countries].sort();
}

export function readPlaces(context: ExtractionContext): void {
  const places = { lexicon: context.options.lexicon, countries: documentCountries(context), gazetteer: true };
  for (const sentence of context.sentences) {
    const groups = locativeGroups(sentence.tokens, places, sentence.headline);
    for (const quantity of sentence.quantities) quantity.places = placesInClause(context, sentence, quantity, groups);
    for (const refine of PLACE_REFINERS) refine(sentence);
    sentence.countries = countriesOf(groups.flatMap((g) => g.hits));
    sentence.placeGroups = groups;
  }
}
