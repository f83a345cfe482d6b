import { extractClaims } from '../../lib/extraction/extract';
import { loadDocument } from '../../lib/documents/load';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport, REPORT_FORMATS } from '../../lib/reports/render';
import { parseCsv, parseNdjsonRows } from '../../lib/datasets';
import type { Claim, Document } from '../../lib/records';
import { makeClaim } from '../helpers/claims';
import { ADVERSARIAL_TEXTS, adversarialText, repeatTo } from './adversarial-texts';

/**
 * Inputs built to hurt: long runs of what regexes and scans repeat over,
 * every one of bench/adversarial-inputs.json and every other reader of
 * untrusted text. Here they are 64 KB each, so that `npm test` stays quick;
 * they only have to finish correctly. Whether time grows linearly is a
 * benchmark's question: `npm run bench:adversarial` runs the same inputs at
 * 1 MB and 10 MB and prints the time of each with the ratio.
 */

jest.setTimeout(60_000);

const SIZE = 64 * 1024;
const document = (text: string): Document => ({ id: 'adversarial', text, source: { name: 'Outlet', url: null, published: '2023-10-27' } });

describe('extractClaims on 64 KB built to hurt', () => {
  it.each(ADVERSARIAL_TEXTS.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const text = adversarialText(input, SIZE);
    const claims = extractClaims(document(text));
    for (const claim of claims) expect(text.slice(claim.span!.start, claim.span!.end)).toBe(claim.quote);
  });
});

describe('the other readers of untrusted text on 64 KB', () => {
  const big = (unit: string) => repeatTo(unit, SIZE);
  const figure = (overrides: Partial<Claim>): Claim => makeClaim({ qualifier: 'exact', hedge: null, ...overrides });

  it('reconcile: measure words of 64 KB are no typo of a lexicon term, and are not fuzzy-searched', () => {
    const claims = [figure({ id: 'a', measure: big('casualtes ') }), figure({ id: 'b', measure: big('attack '), stated: 20 })];
    const result = reconcile(claims);
    expect(result.groups.flatMap((g) => g.claimIds).sort()).toEqual(['a', 'b']);
  });

  it('reports: quotes, outlets and places of 64 KB full of markup characters render in every format', () => {
    const noisy = big(`<b>&"' `);
    const result = reconcile([
      figure({ id: 'a', quote: noisy, source: { name: noisy, url: null, published: null } }),
      figure({ id: 'b', stated: 20, locations: [noisy] }),
    ]);
    for (const format of REPORT_FORMATS) expect(renderReport(result, { format }).length).toBeGreaterThan(SIZE);
  });

  it('document headers: a first line of 64 KB', () => {
    for (const text of [` date 2023-10-27 ${big('a / ')}`, ` date 2023-10-27 https://${big('a')}`, big(' date 2023-10-27'), big(' ')]) {
      expect(typeof loadDocument(text).text).toBe('string');
    }
  });

  it('datasets: a CSV cell and an NDJSON line of 64 KB', () => {
    expect(parseCsv(`a,b\n"${big('x,"" ')}",1\n`).rows).toHaveLength(1);
    expect(parseNdjsonRows(`{"a":"${big('x ')}"}\n${big('{')}\n`, 'big.ndjson').rows).toHaveLength(1);
  });
});
