import fc from 'fast-check';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport, REPORT_FORMATS } from '../../lib/reports/render';
import { schemaIssues } from '../../lib/schema/validate';
import type { Claim, Reconciliation } from '../../lib/records';
import { fuzzParameters, isLongRun, validClaim, validClaims } from './arbitraries';

/**
 * reconcile() on any set of claims the schema allows: any text in every
 * field (prototype words, lone surrogates), figures from -1e308 to 1e308 and
 * subnormals, every qualifier, dates from year 0000 to 9999, periods open at
 * either end. test/reconciliation/properties.test.ts checks the verdicts on
 * realistic claims; this suite checks that nothing breaks on any claims.
 */

jest.setTimeout(isLongRun ? 24 * 60 * 60 * 1000 : 60_000);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const roundTrip = (result: Reconciliation): unknown => JSON.parse(JSON.stringify(result));
/** What a number or date formatter writes when it fails: NaN, undefined, Infinity cut into thousands, an invalid date. */
const BROKEN_FORMATTING = /\bNaN\b|\bundefined\b|In,fin|\de,\+|\d,e\+|Invalid Date/;

function expectEveryClaimKept(claims: readonly Claim[], result: Reconciliation): void {
  const ids = claims.map((c) => c.id).sort();
  expect(result.rejected).toEqual([]);
  expect(result.claims.map((c) => c.id).sort()).toEqual(ids);
  expect(result.groups.flatMap((g) => g.claimIds).sort()).toEqual(ids);
  const known = new Set(ids);
  for (const relation of result.relations) for (const id of relation.claimIds) expect(known.has(id)).toBe(true);
  for (const estimate of result.estimates) expect(result.groups.some((g) => g.id === estimate.groupId)).toBe(true);
}

describe('reconcile() on any valid claims', () => {
  it('never throws and keeps every claim in exactly one group', () => {
    fc.assert(
      fc.property(validClaims(25), (claims) => expectEveryClaimKept(claims, reconcile(claims))),
      fuzzParameters(250),
    );
  });

  it('gives a reconciliation that passes its schema after a JSON round trip', () => {
    fc.assert(
      fc.property(validClaims(25), (claims) => {
        const json = JSON.stringify(reconcile(claims));
        expect(LONE_SURROGATE.test(json)).toBe(false);
        expect(schemaIssues('reconciliation', JSON.parse(json))).toEqual([]);
      }),
      fuzzParameters(150),
    );
  });

  it('renders every report format, and the JSON report is valid JSON', () => {
    fc.assert(
      fc.property(validClaims(15), (claims) => {
        const result = reconcile(claims);
        for (const format of REPORT_FORMATS) expect(typeof renderReport(result, { format })).toBe('string');
        // numbers and dates the library writes itself never come out as JavaScript's failures
        for (const relation of result.relations) expect(relation.reason).not.toMatch(BROKEN_FORMATTING);
        expect(schemaIssues('reconciliation', JSON.parse(renderReport(result, { format: 'json' })))).toEqual([]);
      }),
      fuzzParameters(100, 0.3),
    );
  });

  it('gives the same reconciliation for its own claims read back from JSON', () => {
    fc.assert(
      fc.property(validClaims(20), (claims) => {
        const first = reconcile(claims);
        expect(JSON.stringify(reconcile((roundTrip(first) as Reconciliation).claims))).toBe(JSON.stringify(first));
      }),
      fuzzParameters(75, 0.5),
    );
  });

  it('many claims about one subject: one group, no claim lost', () => {
    const sameSubject = fc
      .array(validClaim, { minLength: 50, maxLength: 200 })
      .map((claims) =>
        claims.map((c, i) => ({ ...c, id: `c${i}`, measure: 'attacks', subMeasure: null, unit: 'count', locations: ['Iraq'] })),
      );
    fc.assert(
      fc.property(sameSubject, (claims) => expectEveryClaimKept(claims, reconcile(claims))),
      fuzzParameters(10, 0.02),
    );
  });
});
