/**
 * Two other projects' test suites run against our number, hedge, range and
 * unit reading (findQuantities). Every case counts: a case we judge out of scope
 * still fails, and is listed with its reason. See docs/extraction.md
 * ("Peer test suites") for how their notations map onto ours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuantities, type FoundQuantity } from '../../lib/extraction/quantities';
import { toBase, unitTable, type Unit } from '../../lib/units/table';

const EXTERNAL = join(__dirname, '..', '..', 'fixtures', 'external');
const load = <T>(path: string): T => JSON.parse(readFileSync(join(EXTERNAL, path), 'utf8').replace(/^\uFEFF/, '')) as T;

/** Cases we fail on purpose, by input, with the reason. */
const OUT_OF_SCOPE_RANGES: Record<string, string> = {
  'He ranks between the tenth and the fifteenth.': 'ordinals are ranks, never quantities',
  'He ranks higher than the tenth but lower than the fifteenth.': 'ordinals are ranks, never quantities',
  'How about 2 in 5 or more': '"2 in 5" is a share: we read 0.4, and "or more" bounds it',
  'How about more than 2 in 5': '"2 in 5" is a share: we read more than 0.4, not more than 2',
  'The number is from 200 to 300 in 2008': 'Recognizers reads this as a date period; we read the range 200–300',
};

interface Bound {
  low: number | null;
  high: number | null;
  lowOpen: boolean;
  highOpen: boolean;
}

/** "(20,35]" → bounds. */
function parseInterval(text: string): Bound {
  const match = /^([[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$/.exec(text.trim());
  if (!match) throw new Error(`not an interval: ${text}`);
  return {
    low: match[2] === '' ? null : Number(match[2]),
    high: match[3] === '' ? null : Number(match[3]),
    lowOpen: match[1] === '(',
    highOpen: match[4] === ')',
  };
}

/**
 * Our qualifiers as intervals. A two-sided interval maps onto `range`
 * whichever ends are open: our qualifiers have one two-sided form, and the
 * issue allows reading the upper bound of "between" as inclusive.
 */
function agrees(found: FoundQuantity, want: Bound): boolean {
  const close = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (want.low !== null && want.high !== null) {
    if (close(want.low, want.high) && !want.lowOpen && !want.highOpen) return found.qualifier === 'exact' && close(found.value, want.low);
    return found.qualifier === 'range' && close(found.value, want.low) && close(found.upper, want.high);
  }
  if (want.low !== null) {
    const qualifier = want.lowOpen ? 'more-than' : 'at-least';
    return found.qualifier === qualifier && close(found.value, want.low);
  }
  const qualifier = want.highOpen ? 'fewer-than' : 'at-most';
  return found.qualifier === qualifier && close(found.value, want.high);
}

describe('peer suite: Recognizers-Text NumberRangeModel (English)', () => {
  interface RangeCase {
    Input: string;
    Results: Array<{ Text: string; Resolution: { value: string } }>;
  }
  const cases = load<RangeCase[]>('recognizers-text/NumberRangeModel.json');

  it('passes at least 85% of the cases', () => {
    const failures: string[] = [];
    for (const c of cases) {
      // The range model reports hedged numbers only; "about" has no interval in its notation
      const ours = findQuantities(c.Input).filter((q) => (q.hedge !== null || q.qualifier !== 'exact') && q.qualifier !== 'approximately');
      const wanted = c.Results.map((r) => parseInterval(r.Resolution.value));
      const unmatched = [...ours];
      const ok =
        wanted.length === ours.length &&
        wanted.every((want) => {
          const index = unmatched.findIndex((found) => agrees(found, want));
          if (index < 0) return false;
          unmatched.splice(index, 1);
          return true;
        });
      if (!ok) {
        const reason = OUT_OF_SCOPE_RANGES[c.Input] ?? 'unexpected';
        failures.push(
          `${JSON.stringify(c.Input)}: ${reason}; wanted ${c.Results.map((r) => r.Resolution.value).join(' ') || 'nothing'}, read ${ours.map((q) => `${q.qualifier} ${q.value}${q.upper !== null ? `-${q.upper}` : ''}`).join(', ') || 'nothing'}`,
        );
      }
    }
    const rate = (cases.length - failures.length) / cases.length;
    console.log(
      `NumberRangeModel.json: ${cases.length - failures.length}/${cases.length} cases pass (${(rate * 100).toFixed(1)}%)\n  ${failures.join('\n  ')}`,
    );
    expect(failures.filter((f) => f.includes(': unexpected;'))).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });
});

describe('peer suite: quantulum3 quantities.json', () => {
  interface QuantityCase {
    req: string;
    res: Array<{ value: number; unit: string; surface: string; uncertainty?: number | null }>;
  }
  const cases = load<QuantityCase[]>('quantulum3/quantities.json');
  /** quantulum counts "a dozen" as 1 dozen; we count 12 things. */
  const COUNT_UNITS: Record<string, number> = { dozen: 12, gross: 144, "baker's dozen": 13 };
  const OUT_OF_SCOPE: Array<[RegExp, string]> = [
    [/^(?:1[6-9]|20)\d\d$/, 'a year is a date, not a quantity'],
    [/^(?:2|101)$/, 'a number naming a thing ("Voyager 2", "English 101") is a designation'],
    [/^an? /i, 'the article "a" is the number one only in count words ("a dozen"), not before a unit ("a gallon")'],
    [/^a square dozen$/, '"a square dozen" is no count word we read'],
    [/^144$/, 'quantulum counts 144 twice ("144" and "a square dozen"); we read it once'],
    [/^\(\$/, 'an amount in brackets as a negative is an accounting convention we do not read'],
    [/ to .* mg$/, '"reduced from 44 mg to 50 mg" is a change of figure, not a range'],
  ];

  it('recalls at least 85% of the values', () => {
    let total = 0;
    let recalled = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const ours = findQuantities(c.req);
      const used = new Set<number>();
      for (const want of c.res) {
        total++;
        const value = want.value * (COUNT_UNITS[want.unit] ?? 1);
        const near = (x: number) => Math.abs(x - value) <= 1e-6 * Math.max(1, Math.abs(value));
        const index = ours.findIndex((q, i) => !used.has(i) && (q.upper !== null ? near((q.value + q.upper) / 2) : near(q.value)));
        if (index >= 0) {
          used.add(index);
          recalled++;
        } else {
          const reason = OUT_OF_SCOPE.find(([pattern]) => pattern.test(want.surface))?.[1] ?? 'unexpected';
          misses.push(`${JSON.stringify(want.surface)} in ${JSON.stringify(c.req)}: ${reason}`);
        }
      }
    }
    const rate = recalled / total;
    console.log(`quantulum3 quantities.json: ${recalled}/${total} values recalled (${(rate * 100).toFixed(1)}%)\n  ${misses.join('\n  ')}`);
    expect(misses.filter((m) => m.endsWith(': unexpected'))).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });

  /** A quantulum unit name as one of ours: by name (ours are quantulum's), by words, or "A per B". */
  function theirUnit(name: string): Unit | null | 'dimensionless' {
    if (name === 'dimensionless' || COUNT_UNITS[name] !== undefined) return 'dimensionless';
    const table = unitTable();
    const named = table.units.find((u) => u.name === name) ?? table.byWords(name.toLowerCase());
    if (named) return named;
    const per = / per /.exec(name);
    if (per) {
      const top = theirUnit(name.slice(0, per.index));
      const bottom = theirUnit(name.slice(per.index + 5));
      if (top && bottom && top !== 'dimensionless' && bottom !== 'dimensionless') return table.per(top, bottom);
    }
    return null;
  }

  it('reads at least 85% of the values with their unit', () => {
    let total = 0;
    let read = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const ours = findQuantities(c.req);
      const used = new Set<number>();
      for (const want of c.res) {
        total++;
        const unit = theirUnit(want.unit);
        const value = want.value * (COUNT_UNITS[want.unit] ?? 1);
        const near = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
        const index = ours.findIndex((q, i) => {
          if (used.has(i)) return false;
          const mid = q.upper !== null ? (q.value + q.upper) / 2 : q.value;
          if (unit === 'dimensionless') return near(mid, value) && (q.unit === 'count' || q.unit === 'fraction' || q.unit === 'times');
          const mine = q.unitCode === null ? undefined : unitTable().byCode(q.unitCode);
          return unit !== null && mine !== undefined && mine.baseUnit === unit.baseUnit && near(toBase(mid, mine), toBase(value, unit));
        });
        if (index >= 0) {
          used.add(index);
          read++;
          continue;
        }
        const reason =
          unit === null
            ? `"${want.unit}" is no unit of our table`
            : (OUT_OF_SCOPE.find(([pattern]) => pattern.test(want.surface))?.[1] ??
              `read ${ours.map((q) => `${q.value}${q.upper !== null ? `-${q.upper}` : ''} ${q.unitCode ?? q.unit}`).join(', ') || 'nothing'}`);
        misses.push(`${JSON.stringify(want.surface)} (${want.value} ${want.unit}) in ${JSON.stringify(c.req)}: ${reason}`);
      }
    }
    const rate = read / total;
    console.log(`quantulum3 quantities.json, value and unit: ${read}/${total} (${(rate * 100).toFixed(1)}%)\n  ${misses.join('\n  ')}`);
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });

  it('does not crash on the strings quantulum keeps for that', () => {
    for (const text of ['20/2030 and', "1 '2", '$99(', '($99']) expect(() => findQuantities(text)).not.toThrow();
  });
});

/**
 * Recognizers-Text NumberWithUnit (English): currencies, dimensions,
 * temperatures and ages. A case passes when every figure the model reports is
 * read by us with the same value in the same unit (compared in the base unit,
 * so "1 km" and "1000 m" agree) and we read no other figure of that model's
 * kind. A unit the model reports without a number ("convert 45 °F to
 * celsius": celsius) is no quantity, and is left out. Every failure is listed
 * with what we read instead.
 */
describe('peer suite: Recognizers-Text NumberWithUnit (English)', () => {
  interface UnitCase {
    Input: string;
    NotSupported?: string;
    Results: Array<{ Text: string; Resolution: { value?: string | null; unit?: string; isoCurrency?: string } }>;
  }
  /** Their currency names our words do not give (theirs are the coin names of a country's currency). */
  const CURRENCY_NAMES: Record<string, string> = {
    Dollar: 'USD',
    Pound: 'GBP',
    'British pound': 'GBP',
    Cent: 'USD.cent',
    Pence: 'GBP.penny',
    Penny: 'GBP.penny',
    Franc: 'CHF',
    Rupee: 'INR',
  };
  const TEMPERATURES: Record<string, string> = { C: '°C', F: '°F', Degree: 'degree' };

  function theirUnit(model: string, name: string, iso: string | undefined): Unit | null {
    const table = unitTable();
    if (model === 'Currency') {
      const code = iso ?? CURRENCY_NAMES[name];
      const unit = code !== undefined ? table.byCode(code) : table.byWords(name.toLowerCase());
      return unit?.dimension === 'currency' ? unit : null;
    }
    if (model === 'Temperature') return table.byCode(TEMPERATURES[name] ?? '') ?? null;
    // their "Ton" is the metric one: "100t", "25 lakh tonnes"
    if (name === 'Ton') return table.byCode('t') ?? null;
    const words = name.toLowerCase();
    const unit = table.byWords(words) ?? table.byWords(words.replace(/meter\b/g, 'metre'));
    if (unit) return unit;
    const per = / per /.exec(words);
    if (!per) return null;
    const top = theirUnit(model, words.slice(0, per.index), undefined);
    const bottom = theirUnit(model, words.slice(per.index + 5), undefined);
    return top && bottom ? table.per(top, bottom) : null;
  }

  /** Our quantities of the model's kind: those a case's expectations cover. */
  const OF_KIND: Record<string, (q: FoundQuantity) => boolean> = {
    Currency: (q) => q.unit === 'currency',
    // a unit against the digits before a noun ("7.62mm rounds") is a quantity, though no claim
    Dimension: (q) => (q.unit === 'physical' || q.unit === 'modifier') && unitTable().byCode(q.unitCode ?? '')?.dimension !== 'temperature',
    Temperature: (q) => ['temperature', 'degrees'].includes(unitTable().byCode(q.unitCode ?? '')?.dimension ?? ''),
    Age: (q) => q.unit === 'age',
  };

  for (const model of ['Currency', 'Dimension', 'Temperature', 'Age'] as const) {
    it(`${model}Model.json passes at least 85% of the cases`, () => {
      const cases = load<UnitCase[]>(`recognizers-text/${model}Model.json`);
      const failures: string[] = [];
      for (const c of cases) {
        const ours = findQuantities(c.Input, { everyQuantity: model === 'Age' }).filter(OF_KIND[model]!);
        const wanted = c.Results.filter((r) => r.Resolution.value !== null && r.Resolution.value !== undefined);
        const unmatched = [...ours];
        const problems: string[] = [];
        for (const want of wanted) {
          const value = Number(want.Resolution.value);
          const unit =
            model === 'Age' && want.Resolution.unit === 'Age'
              ? null
              : theirUnit(model, want.Resolution.unit ?? '', want.Resolution.isoCurrency);
          if (unit === null && !(model === 'Age' && want.Resolution.unit === 'Age')) {
            problems.push(`"${want.Resolution.unit}" is no unit of our table`);
            continue;
          }
          const index = unmatched.findIndex((q) => {
            const mine = q.unitCode === null ? null : (unitTable().byCode(q.unitCode) ?? null);
            if (unit === null) return Math.abs(q.value - value) <= 1e-6 * Math.max(1, Math.abs(value));
            if (mine === null || mine.baseUnit !== unit.baseUnit) return false;
            // their "Ton" is the tonne of "100t" and the short ton of US trade figures alike
            if (want.Resolution.unit === 'Ton' && (mine.code === 't' || mine.code === 'short ton'))
              return Math.abs(q.value - value) <= 1e-6 * value;
            const [a, b] = [toBase(q.value, mine), toBase(value, unit)];
            return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
          });
          if (index >= 0) unmatched.splice(index, 1);
          else problems.push(`wanted ${value} ${want.Resolution.unit} ("${want.Text}")`);
        }
        for (const extra of unmatched) problems.push(`we also read ${extra.value} ${extra.unitCode ?? extra.unit} ("${extra.text}")`);
        if (problems.length > 0) {
          const read = ours.map((q) => `${q.value} ${q.unitCode ?? q.unit}`).join(', ') || 'nothing';
          const port = c.NotSupported?.includes('javascript') ? ' (their JavaScript port fails it too)' : '';
          failures.push(`${JSON.stringify(c.Input.slice(0, 90))}: ${problems.join('; ')}; we read ${read}${port}`);
        }
      }
      const rate = (cases.length - failures.length) / cases.length;
      console.log(
        `${model}Model.json: ${cases.length - failures.length}/${cases.length} cases pass (${(rate * 100).toFixed(1)}%)\n  ${failures.join('\n  ')}`,
      );
      expect(rate).toBeGreaterThanOrEqual(0.85);
    });
  }
});
