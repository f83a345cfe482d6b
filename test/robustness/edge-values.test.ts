import { extractClaims } from '../../lib/extraction/extract';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport } from '../../lib/reports/render';
import { REPORT_FORMATS } from '../../lib/reports/render';
import { claimIssues, schemaIssues } from '../../lib/schema/validate';
import type { Claim, Document } from '../../lib/records';
import { makeClaim } from '../helpers/claims';
import { loadDataset } from '../../lib/datasets';

/**
 * Values at the edges of what the schema allows: figures at both ends of the
 * double range and below it, calendar dates from year 0000 to 9999, dates
 * that a text places after its own publication. Each was found by the fuzz
 * suites; each must give valid records and reports that stay small.
 */

const figure = (id: string, stated: number, overrides: Partial<Claim> = {}): Claim =>
  makeClaim({
    id,
    documentId: `article ${id}`,
    stated,
    statedText: String(stated),
    qualifier: 'exact',
    hedge: null,
    unit: 'percent',
    measure: 'change',
    locations: ['Iraq'],
    period: null,
    asOf: '2023-10-27',
    source: { name: `Outlet ${id}`, url: null, published: '2023-10-27' },
    ...overrides,
  });

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('figures at the edges of the double range', () => {
  it('gives a conflict between -1e308 and 1e308 a finite severity that survives JSON', () => {
    const result = reconcile([figure('low', -1e308), figure('high', 1e308)]);
    const conflict = result.relations.find((r) => r.kind === 'conflict');
    expect(conflict?.severity?.gap).toBe(Number.MAX_VALUE);
    expect(Number.isFinite(conflict?.severity?.relativeGap)).toBe(true);
    expect(schemaIssues('reconciliation', roundTrip(result))).toEqual([]);
    expect(conflict?.reason).toContain('1e+308');
    for (const text of [conflict?.reason ?? '', ...REPORT_FORMATS.map((format) => renderReport(result, { format }))]) {
      expect(text).not.toMatch(/Infinity|NaN|\d,e|e,\+/);
    }
  });

  it.each([
    ['the smallest subnormal', [5e-324, 0]],
    ['the largest double', [Number.MAX_VALUE, 1.7e308]],
    ['negative figures only', [-5, -1e308]],
  ])('renders every report format for %s, with a chart of a handful of ticks', (_label, values) => {
    const result = reconcile(values.map((v, i) => figure(`c${i}`, v)));
    expect(schemaIssues('reconciliation', roundTrip(result))).toEqual([]);
    for (const format of REPORT_FORMATS) expect(typeof renderReport(result, { format })).toBe('string');
    const html = renderReport(result, { format: 'html' });
    const ticks = html.match(/<line class="grid"/g) ?? [];
    expect(ticks.length).toBeLessThanOrEqual(12);
  });
});

describe('negative zero', () => {
  it('"-0" in a text or a cell is zero, so the claim reads back from its JSON unchanged', () => {
    const [fromText] = extractClaims({
      id: 'doc',
      text: 'The count stood at -0 and then rose.',
      source: { name: 'Outlet', url: null, published: '2023-10-27' },
    });
    const mapping = { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: 'source' };
    const [fromCell] = loadDataset([{ cases: '-0', date: '2020-04-01', state: 'NY', source: 'a' }], mapping).claims;
    for (const claim of [fromText, fromCell]) {
      expect(Object.is(claim?.stated, 0)).toBe(true);
      expect(roundTrip(claim)).toEqual(claim);
    }
  });
});

describe('calendar dates from year 0000 to 9999', () => {
  const count = (id: string, stated: number, asOf: string) =>
    figure(id, stated, { unit: 'count', measure: 'attacks', qualifier: 'exact', period: { start: null, end: asOf }, asOf });

  it('orders 0099-12-31 before 0100-01-01: a count that grew between them is a progression, not a conflict', () => {
    const result = reconcile([count('early', 19, '0099-12-31'), count('late', 20, '0100-01-01')]);
    expect(result.relations.map((r) => r.kind)).toEqual(['progression']);
  });

  it.each([
    ['0000-01-01', '0000'],
    ['9999-12-31', '9999'],
  ])('keeps the room around a figure of %s inside the calendar: the axis reads year %s, every position a number', (date, year) => {
    const html = renderReport(reconcile([count('edge', 1, date)]), { format: 'html' });
    expect(html).toContain(`as-of date, ${year}<`);
    expect(html).not.toMatch(/NaN|-0000|\+0100/);
  });

  it('draws a date axis of at most nine ticks across ten thousand years', () => {
    const result = reconcile([count('first', 1, '0000-01-01'), count('last', 2, '9999-12-31')]);
    const html = renderReport(result, { format: 'html' });
    const axis = /<g class="axis"><line[^>]*\/>((?:<line[^>]*\/><text[^>]*>[^<]*<\/text>)*)<text class="muted"[^>]*>as-of date/.exec(html);
    expect(axis).not.toBeNull();
    expect((axis![1]!.match(/<text/g) ?? []).length).toBeLessThanOrEqual(9);
  });
});

describe('dates a text places against its publication', () => {
  const document = (text: string, published: string): Document => ({ id: 'doc', text, source: { name: 'Outlet', url: null, published } });

  it('leaves the end of a count "from" a date after publication unknown, instead of ending it before it starts', () => {
    const claims = extractClaims(document('From Nov 12, 2023, 100,000 people will be counted.', '2023-10-27'));
    const claim = claims.find((c) => c.stated === 100_000);
    expect(claim).toBeDefined();
    expect(claimIssues(claim)).toEqual([]);
    expect(claim?.period).toEqual({ start: '2023-11-12', end: null });
    expect(claim?.asOf).toBeNull();
  });

  it('keeps years below 100 as they are: "since October 17" near 0001-01-01 starts in year 0, not 1900', () => {
    const claims = extractClaims(document('There have been 19 attacks on the base since October 17.', '0001-01-01'));
    expect(claims.map((c) => c.period)).toEqual([{ start: '0000-10-17', end: '0001-01-01' }]);
    for (const claim of claims) expect(claimIssues(claim)).toEqual([]);
  });
});

describe('a figure right after a date and a comma', () => {
  const claimsOf = (text: string, published: string) =>
    extractClaims({ id: 'doc', text, source: { name: 'Outlet', url: null, published } }).map((c) => ({
      stated: c.stated,
      period: c.period,
      asOf: c.asOf,
    }));

  it.each([
    [
      'Since October 17, 19 attacks have hit US forces.',
      { stated: 19, period: { start: '2023-10-17', end: '2023-11-14' }, asOf: '2023-11-14' },
    ],
    // attacks on a day, reported in an article of Nov 14: the day is their period, the article's day their as-of date
    ['On Thursday, 19 attacks were reported.', { stated: 19, period: { start: '2023-11-09', end: '2023-11-09' }, asOf: '2023-11-14' }],
    // a total up to a day: running, as of that day
    ['By Nov. 9, 46 attacks had been recorded.', { stated: 46, period: { start: null, end: '2023-11-09' }, asOf: '2023-11-09' }],
    ['On Oct. 26, 2023, 19 attacks were reported.', { stated: 19, period: { start: '2023-10-26', end: '2023-10-26' }, asOf: '2023-11-14' }],
  ])('is a figure, not the year or hour of the date: %s', (text, expected) => {
    expect(claimsOf(text, '2023-11-14')).toEqual([expected]);
  });

  it('keeps the year chrono would choose for the date, and a time written with a clock mark', () => {
    expect(claimsOf('Since December 28, 19 attacks have hit US forces.', '2024-01-05')).toEqual([
      { stated: 19, period: { start: '2023-12-28', end: '2024-01-05' }, asOf: '2024-01-05' },
    ]);
    expect(claimsOf('On Thursday, 7 p.m., 12 people were killed.', '2023-11-14').map((c) => c.stated)).toEqual([12]);
  });
});
