/**
 * The unit table (data/units.json, generated from quantulum3: see
 * data/README.md) as lookups: words, symbols and signs to units, and every
 * unit to its dimension and its size in the dimension's base unit. Checked
 * against schemas/units.schema.json when first read. Extraction reads units
 * through it; reconciliation and datasets convert through it.
 */
import data from './data/units.json';
import { assertValid } from '../schema/validate';

export interface UnitEntry {
  code: string;
  name: string;
  dimension: string;
  factor: number;
  offset?: number;
  currency?: string | null;
  surfaces: string[];
  symbols: string[];
  attachedSymbols: string[];
  signs?: string[];
  uri?: string;
}

export interface DimensionEntry {
  name: string;
  base: string | null;
  composition: Record<string, number>;
  uri?: string;
}

export interface UnitTableData {
  dimensions: DimensionEntry[];
  units: UnitEntry[];
}

/** A unit as claims carry it: its code, dimension, and how to reach the base unit. */
export interface Unit {
  code: string;
  name: string;
  dimension: string;
  /** The code values are converted to: the dimension's base, or the currency itself. */
  baseUnit: string;
  factor: number;
  offset: number;
}

/** Things counted ("2,500 troops", "46 times"): the unit of every figure no table unit fits. */
export const COUNT: Unit = Object.freeze({ code: 'count', name: 'count', dimension: 'count', baseUnit: 'count', factor: 1, offset: 0 });
/** "a third of", "one in five": a share, in percent so that "a third" and "33%" meet. */
export const FRACTION: Unit = Object.freeze({
  code: 'fraction',
  name: 'fraction',
  dimension: 'percent',
  baseUnit: 'percent',
  factor: 100,
  offset: 0,
});

export interface UnitTable {
  readonly units: readonly Unit[];
  /** By code ("km", "USD", "percent", "count"). */
  byCode(code: string): Unit | undefined;
  /** By words, lower case, one space between them ("square kilometres", "euros"). */
  byWords(words: string): Unit | undefined;
  /** By symbol as written ("km", "GB", "kWh"); an attached-only symbol ("m", "g") only when `attached`. */
  bySymbol(symbol: string, attached: boolean): Unit | undefined;
  /** By a sign written before the number ("$", "€", "US$"). */
  bySign(sign: string): Unit | undefined;
  /** The most words any unit has ("pounds per square inch": 4): how far a reader looks. */
  readonly maxWords: number;
  /** Whether a unit's words, symbol or sign may start with this token (lower case): most words start none, and are passed over at once. */
  mayStart(norm: string): boolean;
  /** "A per B" ("g/km", "dollars per barrel"): a unit of its own, whose dimension is found by composition when the table has one. */
  per(numerator: Unit, denominator: Unit): Unit;
  /** "km^2", "km squared": the unit to a power, the table's own when it has one ("km2"). */
  power(unit: Unit, exponent: number): Unit | undefined;
}

function buildTable(data: UnitTableData): UnitTable {
  const dimensions = new Map(data.dimensions.map((d) => [d.name, d]));
  const units: Unit[] = [COUNT, FRACTION];
  const byCode = new Map<string, Unit>([
    [COUNT.code, COUNT],
    [FRACTION.code, FRACTION],
  ]);
  const byWords = new Map<string, Unit>();
  const bySymbol = new Map<string, Unit>();
  const byAttached = new Map<string, Unit>();
  const bySign = new Map<string, Unit>();
  let maxWords = 1;
  const starts = new Set<string>();
  // the first token of a symbol as the tokenizer cuts it: "sq" of "sq km", "°" of "°C", "km" of "km/h"
  const firstToken = (text: string): string =>
    (/^[\p{L}\p{M}\p{N}']+(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}']*)*/u.exec(text)?.[0] ?? text.slice(0, 1)).toLowerCase();
  for (const entry of data.units) {
    const dimension = dimensions.get(entry.dimension);
    const base = entry.dimension === 'currency' ? (entry.currency ?? entry.code) : (dimension?.base ?? entry.code);
    const unit: Unit = Object.freeze({
      code: entry.code,
      name: entry.name,
      dimension: entry.dimension,
      baseUnit: base,
      factor: entry.factor,
      offset: entry.offset ?? 0,
    });
    units.push(unit);
    byCode.set(unit.code, unit);
    for (const words of entry.surfaces) {
      byWords.set(words, unit);
      const split = words.split(' ');
      maxWords = Math.max(maxWords, split.length);
      starts.add(split[0]!);
    }
    for (const symbol of entry.symbols) {
      bySymbol.set(symbol, unit);
      starts.add(firstToken(symbol));
    }
    for (const symbol of entry.attachedSymbols) {
      byAttached.set(symbol, unit);
      starts.add(firstToken(symbol));
    }
    for (const sign of entry.signs ?? []) {
      bySign.set(sign, unit);
      starts.add(firstToken(sign));
    }
  }
  const compositions = data.dimensions.map((d) => ({ dimension: d, key: compositionKey(d.composition) }));
  const composed = new Map<string, Unit>();
  const table: UnitTable = {
    units,
    byCode(code) {
      const known = byCode.get(code);
      if (known !== undefined) return known;
      // "USD/kg": a unit divided by another, as `per` writes its code
      const slash = code.indexOf('/');
      if (slash <= 0 || code.indexOf('/', slash + 1) >= 0) return undefined;
      const top = byCode.get(code.slice(0, slash));
      const bottom = byCode.get(code.slice(slash + 1));
      return top && bottom ? table.per(top, bottom) : undefined;
    },
    byWords: (words) => byWords.get(words),
    bySymbol: (symbol, attached) => bySymbol.get(symbol) ?? (attached ? byAttached.get(symbol) : undefined),
    bySign: (sign) => bySign.get(sign),
    maxWords,
    mayStart: (norm) => starts.has(norm),
    per(numerator, denominator) {
      const code = `${numerator.code}/${denominator.code}`;
      let unit = composed.get(code);
      if (unit) return unit;
      const top = dimensions.get(numerator.dimension)?.composition;
      const bottom = dimensions.get(denominator.dimension)?.composition;
      let dimension = `${numerator.dimension} per ${denominator.dimension}`;
      let baseUnit = `${numerator.baseUnit}/${denominator.baseUnit}`;
      if (top && bottom && numerator.dimension !== 'currency') {
        const ratio: Record<string, number> = { ...top };
        for (const [name, power] of Object.entries(bottom)) ratio[name] = (ratio[name] ?? 0) - power;
        const known = compositions.find((c) => c.key === compositionKey(ratio) && c.key !== '');
        if (known) {
          dimension = known.dimension.name;
          baseUnit = known.dimension.base ?? baseUnit;
        }
      }
      unit = Object.freeze({
        code,
        name: `${numerator.name} per ${denominator.name}`,
        dimension,
        baseUnit,
        factor: numerator.factor / denominator.factor,
        offset: 0,
      });
      composed.set(code, unit);
      return unit;
    },
    power(unit, exponent) {
      const own = byCode.get(`${unit.code}${exponent}`);
      if (own) return own;
      const composition = dimensions.get(unit.dimension)?.composition;
      if (!composition || exponent < 2 || exponent > 3) return undefined;
      const raised: Record<string, number> = {};
      for (const [name, power] of Object.entries(composition)) raised[name] = power * exponent;
      const known = compositions.find((c) => c.key === compositionKey(raised) && c.key !== '');
      if (!known) return undefined;
      return Object.freeze({
        code: `${unit.code}${exponent}`,
        name: `${unit.name} to the power ${exponent}`,
        dimension: known.dimension.name,
        baseUnit: known.dimension.base ?? `${unit.baseUnit}${exponent}`,
        factor: unit.factor ** exponent,
        offset: 0,
      });
    },
  };
  return table;
}

function compositionKey(composition: Record<string, number>): string {
  return Object.entries(composition)
    .filter(([, power]) => power !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, power]) => `${name}^${power}`)
    .join(' ');
}

/** A unit as a person names it in a spreadsheet cell: its code, a symbol, a sign or its words ("km", "miles", "$", "percent"). */
export function findUnit(written: string): Unit | undefined {
  const table = unitTable();
  const text = written.trim();
  return table.byCode(text) ?? table.bySymbol(text, true) ?? table.bySign(text) ?? table.byWords(text.toLowerCase().replace(/\s+/g, ' '));
}

let shared: UnitTable | undefined;

/** The table, read and checked once per process. */
export function unitTable(): UnitTable {
  if (!shared) {
    // the unit table is word data like the lexicon, and fails the same way when edited wrongly
    assertValid('units', data, 'the unit table (lib/units/data/units.json)', 'invalid-lexicon');
    shared = buildTable(data as unknown as UnitTableData);
  }
  return shared;
}

/**
 * A value in its unit's base unit: "5 km" is 5000 m, "20 °C" is 293.15 K. A
 * difference ("rose by 5 degrees") has no zero to shift: only the factor applies.
 */
export function toBase(value: number, unit: Unit, difference = false): number {
  const base = value * unit.factor + (difference ? 0 : unit.offset);
  // 3.1 × 1609.344 is 4988.966400000001: round away the binary noise, not the figure
  return Number.isFinite(base) ? Number(base.toPrecision(12)) : base;
}
