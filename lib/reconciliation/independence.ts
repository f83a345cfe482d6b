import type { ClaimFacts } from './facts';
import { compareText } from './facts';
import { normalizeTerm } from '../lexicon/normalize';

/**
 * The claims that add independent support to a figure. A claim that repeats
 * a figure already given by the same originator (the Pentagon's count in
 * three outlets; "according to Reuters" beside Reuters itself) or in the
 * same words adds nothing: the earliest published copy speaks for all.
 */
export function independentClaims(claims: readonly ClaimFacts[]): ClaimFacts[] {
  const ordered = [...claims].sort(
    (a, b) =>
      compareText(a.claim.source.published ?? '\uffff', b.claim.source.published ?? '\uffff') ||
      a.time.lo - b.time.lo ||
      compareText(a.id, b.id),
  );
  const seen = new Set<string>();
  const independent: ClaimFacts[] = [];
  for (const facts of ordered) {
    const figure = JSON.stringify([facts.claim.stated, facts.claim.upper]);
    const keys = [`origin ${originOf(facts)} ${figure}`, `words ${normalizeTerm(facts.claim.quote)} ${figure}`];
    const repeats = keys.some((key) => seen.has(key));
    for (const key of keys) seen.add(key);
    if (!repeats) independent.push(facts);
  }
  return independent;
}

/** Who the figure comes from: the organisation or speaker the text names, else the publisher. */
export function originOf(facts: ClaimFacts): string {
  const attribution = facts.claim.attribution;
  return normalizeTerm(attribution?.organization ?? attribution?.speaker ?? facts.sourceKey);
}
