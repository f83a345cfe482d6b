import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractClaims } from '../../lib/extraction/extract';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport, REPORT_FORMATS } from '../../lib/reports/render';
import type { Claim, Document } from '../../lib/records';
import { loadCovid } from '../datasets/covid-data';
import { loadFixture, permutation, seedDocuments } from '../reports/helpers';
import { runCli } from '../helpers/run-cli';
import { fuzzParameters, isLongRun, validClaims } from './arbitraries';

/**
 * The same input in many random orders gives byte-identical reports:
 * JSON and Markdown (and CSV and HTML), from the seed articles, the
 * hand-made fixture of every verdict, a COVID series of two datasets, and
 * random claim sets; through the library and through the CLI with its files
 * named in shuffled order. Orders come from seeded permutations, so a
 * failure names the seed that reproduces it. `npm test` tries 20 orders of
 * each input; `npm run fuzz` a hundred.
 */

jest.setTimeout(isLongRun ? 24 * 60 * 60 * 1000 : 120_000);

const ORDERS = isLongRun ? 100 : 20;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  return permutation(seed)(items.length).map((i) => items[i] as T);
}

function reports(claims: readonly Claim[], documents: readonly Document[] = []): Record<string, string> {
  const result = reconcile(claims);
  return Object.fromEntries(REPORT_FORMATS.map((format) => [format, renderReport(result, { format, documents: [...documents] })]));
}

describe('many orders, one report', () => {
  const documents = seedDocuments();
  const seedClaims = documents.flatMap((document) => extractClaims(document));
  const everyVerdict = loadFixture('every-verdict').claims;
  const { ctp, jhu } = loadCovid();
  // a slice of the COVID series keeps the runs quick; it still has corrections and two sources per state
  const covid = [...ctp.claims, ...jhu.claims].filter((c) => c.asOf !== null && c.asOf <= '2020-05-15');

  it.each([
    ['the seed articles', seedClaims, documents],
    ['every verdict (hand-made fixture)', everyVerdict, []],
    ['a COVID series from two datasets', covid, []],
  ] as const)('%s: JSON, Markdown, CSV and HTML are byte-identical in every order', (_name, claims, docs) => {
    expect(claims.length).toBeGreaterThan(10);
    const first = reports(claims, docs);
    for (let seed = 1; seed <= ORDERS; seed++) {
      const again = reports(shuffled(claims, seed), shuffled(docs, seed));
      for (const format of REPORT_FORMATS)
        expect({ seed, format, same: again[format] === first[format] }).toEqual({ seed, format, same: true });
    }
  });

  it('random claim sets: JSON and Markdown byte-identical in every order', () => {
    fc.assert(
      fc.property(validClaims(20), (claims) => {
        const result = reconcile(claims);
        const json = renderReport(result, { format: 'json' });
        const markdown = renderReport(result, { format: 'markdown' });
        for (let seed = 1; seed <= ORDERS; seed++) {
          const again = reconcile(shuffled(claims, seed));
          expect(renderReport(again, { format: 'json' })).toBe(json);
          expect(renderReport(again, { format: 'markdown' })).toBe(markdown);
        }
      }),
      fuzzParameters(15, 0.01),
    );
  });

  it('the CLI writes the same bytes whatever order its claim files are named in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-order-'));
    const chunks = [seedClaims, everyVerdict.map((c) => ({ ...c, id: `verdict-${c.id}` })), covid.slice(0, 200)];
    const files = chunks.map((claims, i) => {
      const path = join(dir, `part-${i}.ndjson`);
      writeFileSync(path, claims.map((c) => JSON.stringify(c)).join('\n'));
      return path;
    });
    const outputs = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      for (const format of ['json', 'markdown']) {
        const run = await runCli(['reconcile', ...shuffled(files, seed), '--format', format, '--quiet']);
        expect(run.status).toBe(0);
        outputs.add(`${format}\n${run.stdout}`);
      }
    }
    expect(outputs.size).toBe(2);
  });
});
