import type { ClaimFacts } from '../facts';

const SPAN = 2 ** 26;

/**
 * One key per unordered pair of claims, whatever the order they are proposed
 * in: a number built from the claims' positions (exact below 2^26 claims),
 * else a string.
 */
export function pairKey(a: ClaimFacts, b: ClaimFacts): number | string {
  const low = Math.min(a.index, b.index);
  const high = Math.max(a.index, b.index);
  return high < SPAN ? low * SPAN + high : `${low} ${high}`;
}
