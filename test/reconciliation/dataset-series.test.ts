import { reconcile } from '../../lib/reconciliation/reconcile';
import { addDays } from '../../lib/dates';
import type { Claim } from '../../lib/records';
import { describeRelations } from './synthetic';

/**
 * Daily cumulative counts from three sources for one state, as the dataset
 * loaders produce them: one group per measure and state, same-day figures
 * within tolerance agree, a series that steps down is a correction, a figure
 * far from the others a conflict with its severity.
 */
const SOURCES = ['Source A', 'Source B', 'Source C'];
const DAYS = 30;

function series(adjust: (source: string, day: number, value: number) => number): Claim[] {
  const claims: Claim[] = [];
  for (const source of SOURCES) {
    for (let day = 0; day < DAYS; day++) {
      const date = addDays('2020-04-01', day);
      const base = 1000 + day * 50 + (source === 'Source B' ? 3 : 0);
      const stated = adjust(source, day, base);
      claims.push({
        id: `${source}|Texas|cases|${date}`,
        documentId: source,
        quote: `${stated}`,
        span: null,
        stated,
        statedText: String(stated),
        qualifier: 'exact',
        upper: null,
        hedge: null,
        unit: 'count',
        measure: 'cases',
        subMeasure: null,
        measureText: 'positive',
        locations: ['Texas'],
        period: { start: null, end: date },
        asOf: date,
        asOfBounds: null,
        attribution: null,
        source: { name: source, url: null, published: null },
      });
    }
  }
  return claims;
}

const tolerance = { sameFigureTolerance: 0.01 };

describe('daily cumulative series from three sources', () => {
  it('groups a measure the lexicon does not know under its own words, one group per state', () => {
    const result = reconcile(
      series((_s, _d, v) => v),
      tolerance,
    );
    expect(result.groups.map((g) => g.id)).toEqual(['cases|Texas']);
    expect(result.estimates).toHaveLength(DAYS);
  });

  it('lets figures within the tolerance agree and reports no conflict', () => {
    const result = reconcile(
      series((_s, _d, v) => v),
      tolerance,
    );
    expect(describeRelations(result.relations.filter((r) => r.kind === 'conflict' || r.kind === 'correction'))).toBe('');
    const sameDay = result.relations.filter((r) => r.kind === 'agree');
    expect(sameDay.length).toBeGreaterThanOrEqual(DAYS * (SOURCES.length - 1));
  });

  it('flags the same small gap as a conflict when no tolerance is given', () => {
    const result = reconcile(series((_s, _d, v) => v));
    const conflicts = result.relations.filter((r) => r.kind === 'conflict');
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((r) => r.severity?.level === 'low')).toBe(true);
  });

  it('reports a series that steps down as a correction by its source, and nothing else', () => {
    const result = reconcile(
      series((source, day, v) => (source === 'Source A' && day === 10 ? v + 200 : v)),
      tolerance,
    );
    const corrections = result.relations.filter((r) => r.kind === 'correction');
    expect(corrections.map((r) => r.claimIds)).toContainEqual(['Source A|Texas|cases|2020-04-11', 'Source A|Texas|cases|2020-04-12']);
    const conflicts = result.relations.filter((r) => r.kind === 'conflict');
    // The inflated day disagrees with the other sources on that day; the next day's figures are not blamed on it.
    expect(conflicts.every((r) => r.claimIds.includes('Source A|Texas|cases|2020-04-11'))).toBe(true);
    expect(conflicts.every((r) => r.claimIds.every((id) => id.endsWith('2020-04-11')))).toBe(true);
  });

  it('reports a step down smaller than the tolerance as a correction: the tolerance is for differences between sources', () => {
    // 1,550 on Apr 12 is followed by 1,545 on Apr 13: 0.3%, inside the 1% tolerance.
    const result = reconcile(
      series((source, day, v) => (source === 'Source A' && day === 12 ? v - 55 : v)),
      tolerance,
    );
    const step = result.relations.find(
      (r) => r.claimIds.includes('Source A|Texas|cases|2020-04-12') && r.claimIds.includes('Source A|Texas|cases|2020-04-13'),
    );
    expect(step?.kind).toBe('correction');
    expect(step?.reason).toContain('Source A revised');
  });

  it('says a difference between sources was absorbed by the tolerance rather than calling the figures equal', () => {
    const result = reconcile(
      series((source, day, v) => (source === 'Source C' && day === 5 ? v + 6 : v)),
      tolerance,
    );
    const absorbed = result.relations.filter(
      (r) => r.claimIds.includes('Source C|Texas|cases|2020-04-06') && r.reason.includes('within the tolerance of 1.0%'),
    );
    expect(absorbed.length).toBeGreaterThan(0);
    for (const relation of absorbed) expect(relation.kind).not.toBe('conflict');
  });

  it('grades a figure far from the others on one day by how far it is', () => {
    const result = reconcile(
      series((source, day, v) => (source === 'Source C' && day === 5 ? Math.round(v * 1.3) : v)),
      tolerance,
    );
    const conflicts = result.relations.filter((r) => r.kind === 'conflict' && r.claimIds.includes('Source C|Texas|cases|2020-04-06'));
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) expect(conflict.severity?.level).toBe('medium');
    const estimate = result.estimates.find((e) => e.asOf === '2020-04-06')!;
    expect(estimate.support.best).not.toContain('Source C|Texas|cases|2020-04-06');
  });

  it('keeps the output linear: a few relations per claim, never all pairs', () => {
    const claims = series((_s, day, v) => v + (day % 3));
    const result = reconcile(claims, tolerance);
    expect(result.relations.length).toBeLessThanOrEqual(3 * claims.length);
  });
});
