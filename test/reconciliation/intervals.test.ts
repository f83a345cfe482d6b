import { approximateTolerance, valueInterval } from '../../lib/reconciliation/interval';
import { claimTime, dayNumber, timeOrder } from '../../lib/reconciliation/time';
import { defaults } from '../../lib/config/defaults';
import { makeClaim } from '../helpers/claims';
import type { Claim } from '../../lib/records';

const figure = (overrides: Partial<Claim>) => valueInterval(makeClaim({ upper: null, hedge: null, ...overrides }), defaults);

describe('a claim value as an interval', () => {
  it.each([
    ['exact', { stated: 20, qualifier: 'exact' }, { lo: 20, hi: 20, loOpen: false, hiOpen: false }],
    ['at least', { stated: 19, qualifier: 'at-least' }, { lo: 19, hi: Infinity, loOpen: false, hiOpen: true }],
    ['more than', { stated: 46, qualifier: 'more-than' }, { lo: 46, hi: Infinity, loOpen: true, hiOpen: true }],
    ['at most', { stated: 5, qualifier: 'at-most' }, { lo: 0, hi: 5, loOpen: false, hiOpen: false }],
    ['fewer than', { stated: 5, qualifier: 'fewer-than' }, { lo: 0, hi: 5, loOpen: false, hiOpen: true }],
    ['a range', { stated: 10, qualifier: 'range', upper: 12 }, { lo: 10, hi: 12, loOpen: false, hiOpen: false }],
  ] as const)('%s', (_name, overrides, interval) => {
    expect(figure(overrides as Partial<Claim>)).toEqual(interval);
  });

  it.each([
    ['about 2,500', 2500, 2450, 2550],
    ['about 900', 900, 850, 950],
    ['about 2,437: about one per cent', 2437, 2437 - 24.37, 2437 + 24.37],
    ['some ten: capped at a tenth, never the ± 5 of its last digit', 10, 9, 11],
    ['roughly a dozen: at least one either side', 12, 11, 13],
    ['about 1,000: capped at a tenth', 1000, 900, 1100],
  ])('%s', (_name, stated, lo, hi) => {
    const interval = figure({ stated, qualifier: 'approximately', hedge: 'about' });
    expect(interval.lo).toBeCloseTo(lo, 6);
    expect(interval.hi).toBeCloseTo(hi, 6);
  });

  it('reads the precision of a decimal figure from its last digit', () => {
    expect(approximateTolerance(2.5, 'percent', defaults)).toBeCloseTo(0.05, 9);
    expect(approximateTolerance(2.45, 'percent', defaults)).toBeCloseTo(0.0245, 9);
  });

  it('puts "nearly" and "almost" below the figure', () => {
    expect(figure({ stated: 50, qualifier: 'approximately', hedge: 'nearly' })).toMatchObject({ lo: 45, hi: 50 });
    expect(figure({ stated: 50, qualifier: 'approximately', hedge: 'Almost' })).toMatchObject({ lo: 45, hi: 50 });
  });

  it('takes its tolerances from the options', () => {
    const wide = valueInterval(makeClaim({ stated: 2500, qualifier: 'approximately', hedge: 'about' }), {
      ...defaults,
      approximateMinRelative: 0.1,
    });
    expect(wide).toMatchObject({ lo: 2250, hi: 2750 });
  });

  it('lets a value below zero bound only what is not counted', () => {
    expect(figure({ stated: -3, qualifier: 'at-most', unit: 'percent' }).lo).toBe(-Infinity);
  });
});

describe('a claim time as an interval', () => {
  const day = dayNumber;

  it('holds at the end of its period, and counts from its start', () => {
    expect(claimTime(makeClaim({ period: { start: '2023-10-17', end: '2023-10-27' }, asOf: '2023-10-29' }))).toEqual({
      lo: day('2023-10-27'),
      hi: day('2023-10-27'),
      start: day('2023-10-17'),
    });
  });

  it('holds on its as-of date when it has no period', () => {
    expect(claimTime(makeClaim({ period: null, asOf: '2023-10-29' }))).toEqual({
      lo: day('2023-10-29'),
      hi: day('2023-10-29'),
      start: null,
    });
  });

  it('keeps an unknown date as the bounds the text gives, after the period starts and not after publication', () => {
    const time = claimTime(
      makeClaim({
        period: { start: '2023-10-20', end: null },
        asOf: null,
        asOfBounds: { start: '2023-10-17', end: '2023-11-30' },
        source: { name: null, url: null, published: '2023-11-02' },
      }),
    );
    expect(time).toEqual({ lo: day('2023-10-20'), hi: day('2023-11-02'), start: day('2023-10-20') });
  });

  it('never invents a date: nothing known is the whole line', () => {
    const time = claimTime(makeClaim({ period: null, asOf: null, asOfBounds: null, source: { name: null, url: null, published: null } }));
    expect(time).toEqual({ lo: -Infinity, hi: Infinity, start: null });
  });

  it('orders known dates and calls overlapping unknown ones uncertain', () => {
    const at = (asOf: string) => claimTime(makeClaim({ period: null, asOf }));
    const unknown = claimTime(
      makeClaim({
        period: null,
        asOf: null,
        asOfBounds: { start: '2023-10-17', end: '2023-10-31' },
        source: { name: null, url: null, published: null },
      }),
    );
    expect(timeOrder(at('2023-10-26'), at('2023-10-27'))).toBe('before');
    expect(timeOrder(at('2023-10-27'), at('2023-10-27'))).toBe('same');
    expect(timeOrder(unknown, at('2023-10-27'))).toBe('uncertain');
    expect(timeOrder(unknown, at('2023-11-09'))).toBe('before');
  });
});
