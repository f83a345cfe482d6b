import type { EstimatePolicy } from '../records';
import type { ClaimFacts } from './facts';

/** What a policy makes of the consistent claims on one date. */
export interface PolicyResult {
  low: number;
  best: number | null;
  high: number | null;
  support: { low: string[]; best: string[]; high: string[] };
}

/** Consistent claims of one subject, measure and date; `independent` leaves out repeats. */
export interface PolicyInput {
  claims: readonly ClaimFacts[];
  independent: readonly ClaimFacts[];
}

export type Policy = (input: PolicyInput) => PolicyResult;

/**
 * `best-estimate`, after UCDP's event data: low and high are the bounds every
 * source allows, best the median of the figures independent sources state.
 */
const bestEstimate: Policy = ({ claims, independent }) => {
  let { low, high } = commonBounds(claims);
  // Claims that were never set side by side may still not meet; then the reported figures bound the estimate.
  if (low > high) ({ low, high } = statedRange(claims));
  if (!Number.isFinite(low)) low = Math.min(statedRange(claims).low, high);
  const best = Math.min(Math.max(median(independent) ?? low, low), high);
  const lowIds = idsWhere(claims, (c) => closedLow(c) === low);
  const bestIds = same(
    lowIds,
    idsWhere(independent, (c) => closedLow(c) <= best && best <= closedHigh(c)),
  );
  const highIds = Number.isFinite(high)
    ? same(
        bestIds,
        same(
          lowIds,
          idsWhere(claims, (c) => closedHigh(c) === high),
        ),
      )
    : [];
  return { low, best, high: Number.isFinite(high) ? high : null, support: { low: lowIds, best: bestIds, high: highIds } };
};

/** The lower median of the stated figures: a figure some source gave. */
function median(claims: readonly ClaimFacts[]): number | undefined {
  if (claims.length === 1) return claims[0]!.claim.stated;
  const stated = claims.map((c) => c.claim.stated).sort((a, b) => a - b);
  return stated[(stated.length - 1) >> 1];
}

/** One list where two are equal: hundreds of thousands of estimates often name the same claims thrice. */
function same(kept: string[], candidate: string[]): string[] {
  if (kept.length !== candidate.length) return candidate;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== candidate[i]) return candidate;
  return kept;
}

/**
 * `conservative`, as ACLED codes fatalities: one figure, the lowest that a
 * source states and that every source allows (the lowest credible figure).
 */
const conservative: Policy = ({ claims }) => {
  const { low, high } = commonBounds(claims);
  let figure = Infinity;
  for (const c of claims) if (c.claim.stated >= low && c.claim.stated <= high) figure = Math.min(figure, c.claim.stated);
  if (figure === Infinity) figure = Number.isFinite(low) && low <= high ? low : statedRange(claims).low;
  const supporting = idsWhere(claims, (c) => closedLow(c) <= figure && figure <= closedHigh(c));
  return { low: figure, best: figure, high: figure, support: { low: supporting, best: supporting, high: supporting } };
};

/** `range`, as Iraq Body Count records: the lowest and highest figures reported, no single best. */
const range: Policy = ({ claims }) => {
  const { low, high } = statedRange(claims);
  return {
    low,
    best: null,
    high,
    support: {
      low: idsWhere(claims, (c) => c.claim.stated === low),
      best: [],
      high: idsWhere(claims, (c) => (c.claim.upper ?? c.claim.stated) === high),
    },
  };
};

export const POLICIES: Readonly<Record<EstimatePolicy, Policy>> = Object.freeze({
  'best-estimate': bestEstimate,
  conservative,
  range,
});

/** The largest lower end and smallest upper end: what every claim allows. */
function commonBounds(claims: readonly ClaimFacts[]): { low: number; high: number } {
  let low = -Infinity;
  let high = Infinity;
  for (const c of claims) {
    low = Math.max(low, closedLow(c));
    high = Math.min(high, closedHigh(c));
  }
  return { low, high };
}

function statedRange(claims: readonly ClaimFacts[]): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const c of claims) {
    low = Math.min(low, c.claim.stated);
    high = Math.max(high, c.claim.upper ?? c.claim.stated);
  }
  return { low, high };
}

/** The interval's ends as figures: "more than 46" of counted things starts at 47. */
function closedLow(c: ClaimFacts): number {
  const { lo, loOpen } = c.value;
  return loOpen && c.claim.unit === 'count' && Number.isInteger(lo) ? lo + 1 : lo;
}

function closedHigh(c: ClaimFacts): number {
  const { hi, hiOpen } = c.value;
  return hiOpen && c.claim.unit === 'count' && Number.isInteger(hi) ? hi - 1 : hi;
}

function idsWhere(claims: readonly ClaimFacts[], keep: (c: ClaimFacts) => boolean): string[] {
  const ids: string[] = [];
  for (const c of claims) if (keep(c)) ids.push(c.id);
  return ids;
}
