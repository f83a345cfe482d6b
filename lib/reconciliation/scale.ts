import type { Claim } from '../records';
import { unitTable } from '../units/table';
import type { ValueInterval } from './interval';

/**
 * What a claim's figure can be compared with, and how to bring it there.
 * Figures are compared in their dimension's base unit ("5 km" and "3.1
 * miles" meet in metres); different base units never meet (a length and a
 * mass, dollars and euros); an amount of change never meets a level ("rose
 * by 200" is no figure of the level "200"), and an amount down is negative,
 * so "rose 2%" and "fell 2%" disagree.
 */
export interface ClaimScale {
  /** Claims are compared only within one key: the base unit, and whether the figure is an amount of change. */
  key: string;
  factor: number;
  offset: number;
  sign: 1 | -1;
}

const scales = new Map<string, ClaimScale>();

export function claimScale(claim: Claim): ClaimScale {
  const amount = claim.change?.figure === 'amount';
  const down = amount && claim.change?.direction === 'down';
  const id = `${claim.unit}\u0000${amount ? (down ? '-' : '+') : ''}`;
  let scale = scales.get(id);
  if (scale === undefined) {
    const unit = unitTable().byCode(claim.unit);
    const base = unit?.baseUnit ?? claim.unit;
    scale = {
      key: amount ? `change in ${base}` : base,
      factor: unit?.factor ?? 1,
      // a difference has no zero to shift: "rose by 5 °C" is 5 kelvin
      offset: amount ? 0 : (unit?.offset ?? 0),
      sign: down ? -1 : 1,
    };
    if (scales.size < 10_000) scales.set(id, scale);
  }
  return scale;
}

/** The interval in the scale's base unit (a negative sign swaps its ends). */
export function toScale(interval: ValueInterval, scale: ClaimScale): ValueInterval {
  if (scale.factor === 1 && scale.offset === 0 && scale.sign === 1) return interval;
  const lo = convert(interval.lo, scale);
  const hi = convert(interval.hi, scale);
  return scale.sign === 1
    ? { lo, hi, loOpen: interval.loOpen, hiOpen: interval.hiOpen }
    : { lo: hi, hi: lo, loOpen: interval.hiOpen, hiOpen: interval.loOpen };
}

function convert(value: number, scale: ClaimScale): number {
  if (!Number.isFinite(value)) return scale.sign * value;
  const base = value * scale.factor + scale.offset;
  return scale.sign * Number(base.toPrecision(12));
}
