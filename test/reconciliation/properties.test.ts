import fc from 'fast-check';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { schemaIssues } from '../../lib/schema/validate';
import { addDays } from '../../lib/dates';
import type { Claim, Qualifier } from '../../lib/records';

/**
 * Properties of reconcile() over random claims: figures, hedges, measures
 * with their narrower kinds, place sets, periods, known, bounded and unknown
 * dates, several sources and documents.
 */

const MEASURES: ReadonlyArray<[string | null, string | null]> = [
  ['attacks', null],
  ['attacks', 'missile and drone attacks'],
  ['injured', null],
  ['injured', 'traumatic brain injuries'],
  ['casualties', null],
  ['killed', null],
  ['troops', null],
  ['strikes', null],
  ['facilities', null],
  ['cases', null],
  [null, null],
];
const HEDGES: Record<Qualifier, readonly (string | null)[]> = {
  exact: [null],
  'at-least': ['at least'],
  'more-than': ['more than', 'over'],
  'at-most': ['at most', 'up to'],
  'fewer-than': ['fewer than'],
  approximately: ['about', 'nearly', 'some'],
  range: ['between'],
};

const day = fc.integer({ min: 0, max: 24 }).map((n) => addDays('2023-10-10', n)!);
const orderedDays = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);

const claimShape = fc.record({
  measure: fc.constantFrom(...MEASURES),
  locations: fc.subarray(['Iraq', 'Syria', 'Erbil']),
  qualifier: fc.constantFrom<Qualifier>('exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'approximately', 'range'),
  hedgeIndex: fc.nat(2),
  stated: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(900, 2500, 2437)),
  spread: fc.integer({ min: 0, max: 10 }),
  time: fc.oneof(
    day.map((asOf) => ({ period: null, asOf, asOfBounds: null })),
    orderedDays.map(([start, end]) => ({ period: { start, end }, asOf: end, asOfBounds: null })),
    day.map((asOf) => ({ period: { start: null, end: asOf }, asOf, asOfBounds: null })),
    orderedDays.map(([start, end]) => ({ period: { start, end: null }, asOf: null, asOfBounds: { start, end } })),
    fc.constant({ period: null, asOf: null, asOfBounds: null }),
  ),
  source: fc.constantFrom('Outlet A', 'Outlet B', 'Outlet C', null),
  document: fc.constantFrom('d1', 'd2', 'd3'),
  unit: fc.constantFrom('count', 'count', 'count', 'percent'),
});

type Shape = typeof claimShape extends fc.Arbitrary<infer T> ? T : never;

function toClaim(shape: Shape, index: number): Claim {
  const [measure, subMeasure] = shape.measure;
  const hedges = HEDGES[shape.qualifier];
  const hedge = hedges[shape.hedgeIndex % hedges.length] ?? null;
  return {
    id: `c${index}`,
    documentId: shape.document,
    quote: `${hedge ?? ''} ${shape.stated}`.trim(),
    span: null,
    stated: shape.stated,
    statedText: String(shape.stated),
    qualifier: shape.qualifier,
    upper: shape.qualifier === 'range' ? shape.stated + shape.spread : null,
    hedge,
    unit: shape.unit,
    measure,
    subMeasure,
    measureText: measure === null ? 'sorties' : null,
    locations: shape.locations,
    ...shape.time,
    attribution: null,
    source: { name: shape.source, url: null, published: shape.time.asOf },
  };
}

const claimsArb = fc.array(claimShape, { maxLength: 24 }).map((shapes) => shapes.map(toClaim));
const claimsAndShuffle = claimsArb.chain((claims) =>
  fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length })),
);
const RUNS = { numRuns: 150 };

describe('reconcile() properties', () => {
  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(claimsAndShuffle, ([claims, shuffled]) => {
        expect(JSON.stringify(reconcile(shuffled))).toBe(JSON.stringify(reconcile(claims)));
      }),
      RUNS,
    );
  });

  it('puts every input claim in exactly one group, and relates only claims it was given', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const result = reconcile(claims);
        const ids = claims.map((c) => c.id).sort();
        expect(result.groups.flatMap((g) => g.claimIds).sort()).toEqual(ids);
        const known = new Set(ids);
        for (const relation of result.relations) for (const id of relation.claimIds) expect(known.has(id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the same output when run twice, or run again on its own claims', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const first = JSON.stringify(reconcile(claims));
        expect(JSON.stringify(reconcile(claims))).toBe(first);
        expect(JSON.stringify(reconcile(reconcile(claims).claims))).toBe(first);
      }),
      RUNS,
    );
  });

  it('keeps group ids stable when claims about other subjects are added', () => {
    const elsewhere = claimsArb.map((claims) =>
      claims.map((c, i) => ({ ...c, id: `other${i}`, locations: ['Lebanon'], documentId: 'elsewhere' })),
    );
    fc.assert(
      fc.property(claimsArb, elsewhere, (claims, others) => {
        const groupOf = (result: ReturnType<typeof reconcile>) =>
          new Map(result.groups.flatMap((g) => g.claimIds.map((id) => [id, g.id] as const)));
        const alone = groupOf(reconcile(claims));
        const together = groupOf(reconcile([...others, ...claims]));
        for (const claim of claims) expect(together.get(claim.id)).toBe(alone.get(claim.id));
      }),
      RUNS,
    );
  });

  it('produces a valid reconciliation whose size grows linearly', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const result = reconcile(claims);
        expect(schemaIssues('reconciliation', result)).toEqual([]);
        expect(result.relations.length).toBeLessThanOrEqual(6 * claims.length);
        for (const relation of result.relations) {
          expect(relation.severity !== null).toBe(relation.kind === 'conflict');
          expect(relation.reason).not.toMatch(/[\r\n]/);
        }
      }),
      RUNS,
    );
  });
});
