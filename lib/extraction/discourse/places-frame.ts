/**
 * Places a figure's own clause does not give, from the rest of the
 * document, in order: the total it is part of; the sentence before it in
 * its paragraph (a reader carries "in Iraq and Syria" into "21 soldiers
 * were injured"); the country of the national authority that gave the
 * figure ("the Syrian Health Ministry said …", but not a military or a
 * foreign ministry, which speak of other countries); then the article's
 * focus, as a marked default: the countries the headline and lead put
 * things in, else the country the article names most often.
 */
import type { Attribution, Evidence } from '../../records';
import { DOMESTIC_AUTHORITIES, FOREIGN_FACING } from '../english/attribution-words';
import type { ExtractionContext, PlaceReading, Quantity, SentenceAnalysis } from '../context';
import { byDefault, inherited, passedOn, wordsAt } from '../evidence';
import { EVENT_NOUNS } from '../english/places';
import { figuresOf, totalOf } from './figures';
import { countriesOf, type LocativeGroup } from '../places/groups';

const located = (places: PlaceReading | null): boolean => places !== null && places.countries.length > 0;

/** The lead: headlines and the first paragraph of the body. */
function leadSentences(sentences: readonly SentenceAnalysis[]): SentenceAnalysis[] {
  const firstBody = sentences.find((s) => !s.headline);
  return sentences.filter((s) => s.headline || (firstBody !== undefined && s.paragraph === firstBody.paragraph));
}

interface Focus {
  countries: string[];
  evidence: Evidence;
}

function focusOf(context: ExtractionContext): Focus | null {
  const groupsOf = (sentences: readonly SentenceAnalysis[]): Array<[SentenceAnalysis, LocativeGroup]> =>
    sentences.flatMap((s) =>
      s.placeGroups
        // "Israel's war against Hamas in Gaza": a place of another event is background, not the story's focus
        .filter((g) => g.hits.length > 0 && !EVENT_NOUNS.has(s.tokens[g.first - 1]?.norm ?? ''))
        .map((g) => [s, g] as [SentenceAnalysis, LocativeGroup]),
    );
  const leadSentenceList = leadSentences(context.sentences);
  // where the lead's own figures are, first: the story is where its figures are
  const located = leadSentenceList.flatMap((s) =>
    s.quantities.filter((q) => q.dropped === null && q.places && q.places.countries.length > 0 && q.places.evidence.basis === 'stated'),
  );
  if (located.length > 0) {
    const countries = [...new Set(located.flatMap((q) => q.places!.countries))].sort();
    return { countries, evidence: { ...byDefault('focus-country'), from: located[0]!.places!.evidence.from } };
  }
  const lead = groupsOf(leadSentenceList);
  if (lead.length > 0) {
    const [sentence, group] = lead[0]!;
    const countries = [...new Set(lead.flatMap(([, g]) => countriesOf(g.hits)))].sort();
    const from = wordsAt(context.text, sentence.tokens[group.first]!.start, sentence.tokens[group.last]!.end);
    return { countries, evidence: { ...byDefault('focus-country'), from } };
  }
  const counts = new Map<string, number>();
  for (const [, group] of groupsOf(context.sentences))
    for (const country of countriesOf(group.hits)) counts.set(country, (counts.get(country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length === 0) return null;
  return { countries: [ranked[0]![0]], evidence: byDefault('focus-country-most-named') };
}

/** Each total's parts, by the total: "66 times … 32 in Iraq and 34 in Syria". */
function partsByTotal(context: ExtractionContext): Map<Quantity, Quantity[]> {
  const parts = new Map<Quantity, Quantity[]>();
  for (const { quantity } of figuresOf(context)) {
    const total = totalOf(context, quantity);
    if (total) parts.set(total, [...(parts.get(total) ?? []), quantity]);
  }
  return parts;
}

export function framePlaces(context: ExtractionContext): void {
  const focus = focusOf(context);
  const sentences = context.sentences;
  const parts = partsByTotal(context);
  for (const { sentence, quantity } of figuresOf(context)) {
    // "in the Red Sea": the figure's own clause placed it, at no country
    if (located(quantity.places) || quantity.places?.evidence.rule.endsWith('unknown-place')) continue;
    const total = totalOf(context, quantity);
    if (total && located(total.places)) {
      quantity.places = { ...total.places!, evidence: passedOn(total.places!.evidence, 'part-of-total') };
      continue;
    }
    // a total broken down by place is in every place of its parts, when each part states one
    const itsParts = parts.get(quantity) ?? [];
    if (itsParts.length > 1 && itsParts.every((p) => located(p.places) && p.places!.evidence.basis === 'stated')) {
      const countries = [...new Set(itsParts.flatMap((p) => p.places!.countries))].sort();
      quantity.places = { countries, places: [], evidence: inherited('parts-of-total', itsParts[0]!.places!.evidence.from) };
      continue;
    }
    const previous = sentences[sentence.index - 1];
    if (previous && previous.paragraph === sentence.paragraph && !sentence.headline) {
      const carried = previous.quantities.find((q) => q.dropped === null && located(q.places))?.places ?? null;
      const group = previous.placeGroups.find((g) => g.hits.length > 0);
      const countries = carried?.countries ?? previous.countries;
      if (countries.length > 0) {
        const from =
          carried?.evidence.from ??
          (group ? wordsAt(context.text, previous.tokens[group.first]!.start, previous.tokens[group.last]!.end) : null);
        quantity.places = { countries, places: carried?.places ?? [], evidence: inherited('previous-sentence', from) };
        continue;
      }
    }
    const national = sourceCountry(context, quantity.attribution?.value ?? null);
    if (national && quantity.attribution) {
      quantity.places = { countries: [national], places: [], evidence: inherited('source-country', quantity.attribution.evidence.from) };
      continue;
    }
    if (focus) quantity.places = { countries: focus.countries, places: [], evidence: focus.evidence };
  }
}

/** "Syrian Health Ministry", "Turkey's disaster agency": a domestic authority names its country; armed forces and diplomats speak of others. */
function sourceCountry(context: ExtractionContext, attribution: Attribution | null): string | null {
  const name = attribution?.organization ?? attribution?.speaker ?? null;
  if (name === null) return null;
  const words = name.split(/[\s’']+/).filter((w) => w !== '' && w !== 's');
  if (!words.some((w) => DOMESTIC_AUTHORITIES.has(w.toLowerCase())) || words.some((w) => FOREIGN_FACING.has(w.toLowerCase()))) return null;
  const lexicon = context.options.lexicon;
  for (const word of words) {
    const place = lexicon.placeForDemonym(word) ?? (/^\p{Lu}/u.test(word) ? lexicon.place(word) : null);
    if (place) return place.country;
  }
  return null;
}
