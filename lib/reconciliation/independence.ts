import type { ClaimFacts } from './facts';
import { compareText } from './facts';
import { normalizeTerm } from '../lexicon/normalize';

/**
 * The claims that add independent support to a figure. A claim that repeats
 * a figure already given by the same originator (the Pentagon's count in
 * three outlets; "according to Reuters" beside Reuters itself) or in the
 * same words adds nothing: the earliest published copy speaks for all.
 */
export function independentClaims(claims: readonly ClaimFacts[]): readonly ClaimFacts[] {
  if (claims.length < 2) return claims;
  const ordered = [...claims].sort(
    (a, b) =>
      compareText(a.claim.source.published ?? '\uffff', b.claim.source.published ?? '\uffff') ||
      a.time.lo - b.time.lo ||
      compareText(a.id, b.id),
  );
  return ordered.length <= 16 ? withoutRepeatsFew(ordered) : withoutRepeatsMany(ordered);
}

/** A few claims (the usual case): each against every earlier one, no keys built. */
function withoutRepeatsFew(ordered: readonly ClaimFacts[]): ClaimFacts[] {
  const independent: ClaimFacts[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const facts = ordered[i]!;
    let repeats = false;
    for (let j = 0; j < i && !repeats; j++) repeats = repeatsFigure(facts, ordered[j]!);
    if (!repeats) independent.push(facts);
  }
  return independent;
}

function repeatsFigure(later: ClaimFacts, earlier: ClaimFacts): boolean {
  if (later.claim.stated !== earlier.claim.stated || later.claim.upper !== earlier.claim.upper) return false;
  if (originOf(later) === originOf(earlier)) return true;
  const words = wording(later.claim.quote);
  return words !== null && words === wording(earlier.claim.quote);
}

/** Many claims: keyed by figure with origin, and by figure with wording. */
function withoutRepeatsMany(ordered: readonly ClaimFacts[]): ClaimFacts[] {
  const seen = new Set<string>();
  const independent: ClaimFacts[] = [];
  for (const facts of ordered) {
    const figure = `${facts.claim.stated} ${facts.claim.upper ?? ''}`;
    const origin = `origin ${figure} ${originOf(facts)}`;
    const words = wording(facts.claim.quote);
    const copy = words === null ? null : `words ${figure} ${words}`;
    if (!seen.has(origin) && (copy === null || !seen.has(copy))) independent.push(facts);
    seen.add(origin);
    if (copy !== null) seen.add(copy);
  }
  return independent;
}

const origins = new Map<string, string>();

/** Who the figure comes from: the organisation or speaker the text names, else the publisher. */
export function originOf(facts: ClaimFacts): string {
  const attribution = facts.claim.attribution;
  const name = attribution?.organization ?? attribution?.speaker ?? facts.sourceKey;
  let origin = origins.get(name);
  if (origin === undefined) {
    origin = normalizeTerm(name);
    if (origins.size < 100_000) origins.set(name, origin);
  }
  return origin;
}

/**
 * The words of a quote, for telling a copy from an independent report: case
 * and spacing do not count. A quote of fewer than three words (a bare figure
 * from a dataset row) has no wording to copy: null.
 */
function wording(quote: string): string | null {
  const words = quote.toLowerCase().replace(/\s+/g, ' ').trim();
  let spaces = 0;
  for (let i = 0; i < words.length && spaces < 2; i++) if (words.charCodeAt(i) === 32) spaces++;
  return spaces < 2 ? null : words;
}
