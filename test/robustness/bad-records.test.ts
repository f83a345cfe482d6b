import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateClaims } from '../../lib/schema/validate';
import { reconcile } from '../../lib/reconciliation/reconcile';
import type { Claim, Reconciliation } from '../../lib/records';
import { runCli } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';
import { fuzzParameters, validClaim } from './arbitraries';

/**
 * Every way a claim record can break its schema, each between two good
 * records, through every door a record comes in by: validateClaims,
 * reconcile(), and the CLI's validate and reconcile on an NDJSON file. The
 * error names the record (its position and id) and the field; the good
 * records still go through; claims plus rejected equal the records given.
 * (test/schema/validate-claims.test.ts pins the exact wording of each message.)
 */

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-bad-records-'));
const good = (id: string): Claim => makeClaim({ id, source: { name: `Outlet ${id}`, url: null, published: '2023-10-27' } });
const { measure: _dropped, ...withoutMeasure } = makeClaim({ id: 'broken' });

/** [what breaks, the record as JSON text (NaN and Infinity need JSON's own ways), the field named]. */
const BREAKAGES: ReadonlyArray<[string, string, string]> = [
  ['a missing field', JSON.stringify(withoutMeasure), '/measure'],
  ['a wrong type', JSON.stringify({ ...makeClaim({ id: 'broken' }), stated: '19' }), '/stated'],
  ['Infinity (1e999 in JSON)', JSON.stringify(makeClaim({ id: 'broken' })).replace('"stated":19', '"stated":1e999'), '/stated'],
  ['an impossible date', JSON.stringify({ ...makeClaim({ id: 'broken' }), asOf: '2023-02-30' }), '/asOf'],
  [
    'a period that ends before it starts',
    JSON.stringify(makeClaim({ id: 'broken', period: { start: '2023-10-27', end: '2023-10-17' } })),
    '/period',
  ],
  ['an unknown qualifier', JSON.stringify({ ...makeClaim({ id: 'broken' }), qualifier: 'roughly' }), '/qualifier'],
  ['a duplicate id', JSON.stringify(makeClaim({ id: 'first', stated: 46 })), '/id'],
  ['an unknown field', JSON.stringify({ ...makeClaim({ id: 'broken' }), confidence: 0.9 }), '/confidence'],
  ['a range without its upper number', JSON.stringify(makeClaim({ id: 'broken', qualifier: 'range', upper: null })), '/upper'],
  ['a span that ends before it starts', JSON.stringify(makeClaim({ id: 'broken', span: { start: 9, end: 2 } })), '/span'],
];

const batch = (broken: string): string[] => [JSON.stringify(good('first')), broken, JSON.stringify(good('last'))];

describe.each(BREAKAGES)('a record with %s', (_what, brokenJson, field) => {
  const records = batch(brokenJson).map((line) => JSON.parse(line) as unknown);
  const expectedId = (JSON.parse(brokenJson) as { id?: string }).id;

  function expectNamedAndKept(claims: readonly Claim[], rejected: Reconciliation['rejected']): void {
    expect(claims.map((c) => c.id).sort()).toEqual(['first', 'last']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.index).toBe(1);
    expect(rejected[0]?.field).toBe(field);
    expect(rejected[0]?.reason).toContain(`claim #2 (id ${expectedId})`);
    expect(rejected[0]?.reason).toContain(field);
    expect(claims.length + rejected.length).toBe(records.length);
  }

  it('validateClaims names it and keeps the others', () => {
    const { claims, rejected } = validateClaims(records, 'batch');
    expectNamedAndKept(claims, rejected);
  });

  it('reconcile() lists it as rejected and puts the others in groups', () => {
    const result = reconcile(records, { origin: 'batch' });
    expectNamedAndKept(result.claims, result.rejected);
    expect(result.groups.flatMap((g) => g.claimIds).sort()).toEqual(['first', 'last']);
  });

  it('the CLI names the file, the record and the field; validate exits 2, reconcile reports it', async () => {
    const path = join(dir, 'batch.ndjson');
    writeFileSync(path, `${batch(brokenJson).join('\n')}\n`);
    const validate = await runCli(['validate', path]);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain(`batch.ndjson: claim #2 (id ${expectedId}): ${field}`);
    expect(validate.stderr).toContain('2 valid, 1 invalid');
    const reconciled = await runCli(['reconcile', path, '--format', 'json', '--quiet']);
    expect(reconciled.status).toBe(0);
    const result = JSON.parse(reconciled.stdout) as Reconciliation;
    expectNamedAndKept(result.claims, result.rejected);
    expect(result.rejected[0]?.origin).toBe('batch.ndjson');
  });
});

describe('records JSON cannot carry', () => {
  it('a NaN literal makes its line unreadable: named by line number, counted, the other lines kept', async () => {
    const path = join(dir, 'nan.ndjson');
    writeFileSync(path, batch(JSON.stringify(makeClaim({ id: 'broken' })).replace('"stated":19', '"stated":NaN')).join('\n'));
    const validate = await runCli(['validate', path]);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain('nan.ndjson line 2 is not valid JSON');
    expect(validate.stderr).toContain('2 valid, 1 invalid');
    const result = JSON.parse((await runCli(['reconcile', path, '--format', 'json', '--quiet'])).stdout) as Reconciliation;
    expect(result.claims.length + result.rejected.length).toBe(3);
    expect(result.rejected[0]).toMatchObject({ origin: 'nan.ndjson', index: 1, field: '' });
  });

  it('NaN and Infinity handed to the library name the field', () => {
    for (const stated of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = reconcile([good('first'), { ...good('broken'), stated }, good('last')]);
      expect(result.claims).toHaveLength(2);
      expect(result.rejected[0]?.field).toBe('/stated');
    }
  });
});

describe('counts in equal counts out', () => {
  /** Anything a spreadsheet export or a hand-edited file can hold, mixed with valid claims. */
  const anyRecord = fc.oneof(
    { arbitrary: validClaim, weight: 3 },
    {
      arbitrary: validClaim.chain((claim) => fc.constantFrom(...Object.keys(claim)).map((key) => ({ ...claim, [key]: undefined }))),
      weight: 2,
    },
    { arbitrary: validClaim.map((claim) => ({ ...claim, stated: Number.NaN })), weight: 1 },
    { arbitrary: fc.jsonValue(), weight: 2 },
    { arbitrary: fc.anything(), weight: 1 },
  );

  it('reconcile() gives every record back as a claim or a rejection naming its position', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 20 }), (records) => {
        const result = reconcile(records);
        expect(result.claims.length + result.rejected.length).toBe(records.length);
        const positions = result.rejected.map((r) => r.index);
        expect(new Set(positions).size).toBe(positions.length);
        for (const rejected of result.rejected) expect(rejected.reason).toMatch(/^claim #\d+/);
      }),
      fuzzParameters(500),
    );
  });
});
