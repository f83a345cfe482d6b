/**
 * Stage: whose figure each count is. The noun phrase the number counts
 * names a group the lexicon knows ("US troops", "pro-Iranian fighters",
 * "civilians", "demonstrators", "police officers"), and a country written
 * with it says whose group it is ("five Iranian military figures" are
 * forces of Iran, "three US soldiers" forces of the United States). A
 * partitive reads the group after "of" ("three of the militants"). A figure
 * with no group of its own may take one later from the total it is part of
 * or the list it belongs to (discourse/).
 */
import type { Lexicon } from '../../lexicon/lexicon';
import type { ExtractionContext, PopulationReading, Quantity, SentenceAnalysis } from '../context';
import type { Token } from '../text/tokens';
import { stated, wordsAt } from '../evidence';
import { nounPhrase } from '../measures/noun-phrase';
import { spanText } from '../measures/terms';

/** The canonical form of a group with its country: "forces (United States)". */
export const populationName = (group: string, country: string | null): string => (country ? `${group} (${country})` : group);

/** The country a word of the phrase names: a demonym ("Iranian"), a country ("US"), a possessive ("Iran's"). */
function ownerIn(tokens: readonly Token[], words: readonly number[], lexicon: Lexicon): string | null {
  for (const k of words) {
    const text = tokens[k]!.text.replace(/['’]s$/, '');
    // "pro-Iranian", "Iran-backed": an allegiance, not whose forces they are
    if (/^(?:pro|anti)-|-(?:backed|aligned|linked|allied|affiliated|supported)$/i.test(text)) return null;
    const place = lexicon.placeForDemonym(text) ?? (/^\p{Lu}/u.test(text) ? lexicon.place(text) : null);
    if (place) return place.country;
  }
  return null;
}

/** The group a phrase names: the longest lexicon population ending furthest right ("US troops injured" names troops). */
function groupIn(
  tokens: readonly Token[],
  phrase: readonly number[],
  lexicon: Lexicon,
): { group: string; military: boolean; first: number } | null {
  const longest = lexicon.longestPopulationWords;
  for (let end = phrase.length; end >= 1; end--) {
    for (let begin = Math.max(0, end - longest); begin < end; begin++) {
      const match = lexicon.populationForTerm(spanText(tokens, phrase[begin]!, phrase[end - 1]!));
      if (match) return { ...match, first: begin };
    }
  }
  return null;
}

export function populationOf(context: ExtractionContext, sentence: SentenceAnalysis, quantity: Quantity): PopulationReading | null {
  const { tokens } = sentence;
  const lexicon = context.options.lexicon;
  let phrase = quantity.phrase;
  // "three of the militants", "two of them": the group after a partitive
  if (phrase.length === 0 && tokens[quantity.last + 1]?.norm === 'of') {
    let k = quantity.last + 2;
    if (tokens[k]?.norm === 'the' || tokens[k]?.norm === 'those' || tokens[k]?.norm === 'these') k++;
    phrase = nounPhrase(tokens, k, lexicon);
  }
  if (phrase.length === 0) return null;
  const found = groupIn(tokens, phrase, lexicon);
  if (!found) return null;
  const owner = ownerIn(tokens, phrase.slice(0, found.first + 1), lexicon);
  const first = tokens[phrase[0]!]!;
  const last = tokens[phrase[phrase.length - 1]!]!;
  const words = wordsAt(context.text, first.start, last.end);
  return { population: populationName(found.group, owner), text: words.quote, evidence: stated('population-noun', words) };
}

export function readPopulations(context: ExtractionContext): void {
  for (const sentence of context.sentences) {
    for (const quantity of sentence.quantities) quantity.population = populationOf(context, sentence, quantity);
  }
}
