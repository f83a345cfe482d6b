/**
 * A figure's own places: the first locative group after it in its clause,
 * else the nearest before it in its clause. Places from other sentences
 * and the document's focus come later (discourse/).
 */
import type { ExtractionContext, PlaceReading, Quantity, SentenceAnalysis } from '../context';
import { stated, wordsAt } from '../evidence';
import { lowerBound } from '../../search';
import { countriesOf, placesOf, type LocativeGroup } from './groups';
import { CAUSAL_WORDS, EVENT_NOUNS } from '../english/places';

export function placesInClause(
  context: ExtractionContext,
  sentence: SentenceAnalysis,
  quantity: Quantity,
  groups: readonly LocativeGroup[],
): PlaceReading | null {
  const { tokens, clauses } = sentence;
  const end = Math.max(quantity.last, quantity.measure?.last ?? quantity.last);
  const limit = clauses.ends[Math.min(end + 1, clauses.ends.length - 1)]!;
  const reading = (group: LocativeGroup, rule: string): PlaceReading => ({
    countries: countriesOf(group.hits),
    places: placesOf(group.hits),
    evidence: stated(
      group.unknown ? `${rule}-unknown-place` : rule,
      wordsAt(context.text, tokens[group.first]!.start, tokens[group.last]!.end),
    ),
    groupEnd: group.last,
  });
  const next = lowerBound(groups, (g) => g.first > end);
  const after = groups[next];
  // "13 times since Oct. 17 due to Israel's onslaught in Gaza": a place of another event, given as a cause, is that event's
  const attachedElsewhere =
    after !== undefined &&
    after.first > end + 1 &&
    EVENT_NOUNS.has(tokens[after.first - 1]?.norm ?? '') &&
    tokens.slice(end + 1, after.first).some((t) => CAUSAL_WORDS.has(t.norm));
  if (after && after.first < limit && !attachedElsewhere) return reading(after, 'place-after');
  let previous = lowerBound(groups, (g) => g.first > quantity.first - 1) - 1;
  while (previous >= 0 && groups[previous]!.last >= quantity.first) previous--;
  const clauseStart = clauses.starts[quantity.first]!;
  const before = previous >= 0 && groups[previous]!.first >= clauseStart ? groups[previous] : undefined;
  return before ? reading(before, 'place-before') : null;
}
