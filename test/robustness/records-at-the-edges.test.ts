import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readDataset, readDatasetStream } from '../../lib/datasets';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport, renderReportChunks } from '../../lib/reports/render';
import { schemaIssues, validateClaims } from '../../lib/schema/validate';
import { defaults } from '../../lib/config/defaults';
import type { Claim, Reconciliation } from '../../lib/records';
import { makeClaim } from '../helpers/claims';
import { runCli } from '../helpers/run-cli';

/**
 * Nothing lost at the edges of what files and callers hand in: every record
 * comes out as a claim or as a rejection naming it, whatever its line ends,
 * its depth, its size or its prototype, and the output can always be
 * written. Each test counts records in against claims plus rejected out.
 */

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-edges-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const claim = (id: string, overrides: Partial<Claim> = {}): Claim =>
  makeClaim({ id, source: { name: `Outlet ${id}`, url: null, published: '2023-10-27' }, ...overrides });
const lines = (...records: unknown[]): string[] => records.map((record) => JSON.stringify(record));

async function reconcileJson(path: string, ...options: string[]): Promise<Reconciliation> {
  const run = await runCli(['reconcile', path, '--format', 'json', '--quiet', ...options]);
  expect([run.status, run.stderr]).toEqual([0, '']);
  return JSON.parse(run.stdout) as Reconciliation;
}

/** A value nested `levels` deep: [[[[…1…]]]]. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('line ends, each record by its own', () => {
  const [a, b, c] = lines(claim('a'), claim('b', { stated: 20, statedText: '20' }), claim('c', { stated: 21, statedText: '21' }));

  it.each([
    ['lone carriage returns (old Mac files)', `${a}\r${b}\r${c}\r`],
    ['CR, LF and CRLF mixed', `${a}\r${b}\n${c}\r\n`],
    ['CRLF then LF, no final line end', `${a}\r\n${b}\n${c}`],
  ])('an NDJSON claim file with %s gives every record', async (_ends, text) => {
    const result = await reconcileJson(file('ends.ndjson', text));
    expect(result.claims.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(result.claims.length + result.rejected.length).toBe(3);
  });

  const mapping = { value: 'n', measure: { const: 'cases' }, locations: { const: ['Iraq'] }, asOf: 'day', source: { const: 'desk' } };
  const rows = Array.from({ length: 10 }, (_, i) => `2020-04-${String(i + 1).padStart(2, '0')},${i}`);
  const csvWith = (ends: readonly string[]): string => ['day,n', ...rows].map((row, i) => row + ends[i % ends.length]).join('');

  it.each([
    ['LF and CRLF', ['\n', '\r\n']],
    ['LF and CR', ['\n', '\r']],
    ['CRLF and CR', ['\r\n', '\r']],
    ['all three', ['\r', '\n', '\r\n']],
  ])('a CSV dataset mixing %s gives ten claims from ten rows, with their row numbers', async (_ends, ends) => {
    const text = csvWith(ends);
    const inMemory = readDataset(text, mapping, { format: 'csv', origin: 'mixed.csv' });
    // the stream in chunks of 7 bytes, so that a CR and its LF arrive apart
    const chunks = Buffer.from(text)
      .toString('latin1')
      .match(/[\s\S]{1,7}/g)!;
    const streamed = await readDatasetStream(Readable.from(chunks), mapping, { format: 'csv', origin: 'mixed.csv' });
    for (const { claims, rejected } of [inMemory, streamed]) {
      expect(rejected).toEqual([]);
      expect(claims.map((x) => x.id)).toEqual(rows.map((_, i) => `mixed.csv:${i + 2}`));
      expect(claims.length + rejected.length).toBe(rows.length);
    }
  });

  it('NDJSON dataset rows split by lone carriage returns are rows, numbered by line', () => {
    const text = ['{"day":"2020-04-01","n":1}', '{"day":"2020-04-02","n":2}', 'not json', '{"day":"2020-04-03","n":3}'].join('\r');
    const { claims, rejected } = readDataset(text, mapping, { format: 'ndjson', origin: 'rows.ndjson' });
    expect(claims.map((x) => x.id)).toEqual(['rows.ndjson:1', 'rows.ndjson:2', 'rows.ndjson:4']);
    expect(rejected.map((r) => r.reason)).toEqual([expect.stringMatching(/^rows\.ndjson line 3 is not valid JSON/)]);
  });
});

describe('the line after a broken NDJSON line', () => {
  it('is named by its own place: line 3 is claim #3, not #2, and no two rejections share an index', async () => {
    const text = [
      JSON.stringify(claim('a')),
      '{"id": "cut off',
      JSON.stringify({ ...claim('c'), qualifier: 'roughly' }),
      JSON.stringify(claim('d')),
    ].join('\n');
    const path = file('broken.ndjson', text);
    const result = await reconcileJson(path);
    expect(result.rejected.map((r) => [r.index, r.reason])).toEqual([
      [1, expect.stringMatching(/^broken\.ndjson line 2 is not valid JSON/)],
      [2, expect.stringMatching(/^claim #3 \(id c\): \/qualifier must be one of/)],
    ]);
    expect(result.claims.length + result.rejected.length).toBe(4);
    const validate = await runCli(['validate', path]);
    expect(validate.stderr.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^broken\.ndjson line 2 is not valid JSON/),
      expect.stringMatching(/^broken\.ndjson: claim #3 \(id c\): \/qualifier/),
    ]);
  });
});

describe('records nested thousands of levels deep', () => {
  const deepUnknown = { ...claim('deep-extra'), extra: nested(5000) };
  const deepAttribution = { ...claim('deep-speaker'), attribution: { speaker: nested(5000), organization: null } };
  const records = [claim('a'), deepUnknown, deepAttribution, claim('b', { stated: 20, statedText: '20' })];

  it('are rejected naming the field, and the other claims of the run are kept', () => {
    const result = reconcile(records);
    expect(result.claims.map((x) => x.id)).toEqual(['a', 'b']);
    expect(result.rejected.map((r) => [r.field, r.reason])).toEqual([
      ['/extra', `claim #2 (id deep-extra): /extra nests deeper than ${defaults.maxRecordDepth} levels; a claim needs three`],
      ['/attribution', `claim #3 (id deep-speaker): /attribution nests deeper than ${defaults.maxRecordDepth} levels; a claim needs three`],
    ]);
    expect(result.claims.length + result.rejected.length).toBe(records.length);
  });

  it('keep a preview of a few levels, so every report format can be written and the JSON validates', () => {
    const result = reconcile(records);
    const json = renderReport(result, { format: 'json' });
    expect(json.length).toBeLessThan(20_000);
    expect(schemaIssues('reconciliation', JSON.parse(json))).toEqual([]);
    expect(JSON.stringify(result.rejected[0]?.record)).toContain('… (nested deeper)');
    for (const format of ['markdown', 'html', 'csv'] as const) expect(typeof renderReport(result, { format })).toBe('string');
  });

  it('a cyclic record is too deep, not a crash', () => {
    const cyclic: Record<string, unknown> = { ...claim('cycle'), attribution: { speaker: 'x', organization: null } };
    (cyclic.attribution as Record<string, unknown>).again = cyclic;
    const result = reconcile([cyclic, claim('a')]);
    expect(result.rejected.map((r) => r.field)).toEqual(['/attribution']);
    expect(() => renderReport(result, { format: 'json' })).not.toThrow();
  });

  it.each(['json', 'ndjson'])(
    'through the CLI as .%s: exit 0, the deep record rejected by field, the others reconciled',
    async (extension) => {
      // written by hand: JSON.stringify recurses, and 5,000 levels overflow the test's own stack
      const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
      const texts = [
        JSON.stringify(claim('a')),
        JSON.stringify({ ...claim('deep-extra'), extra: 'DEEP' }).replace('"DEEP"', deep),
        JSON.stringify({ ...claim('deep-speaker'), attribution: { speaker: 'DEEP', organization: null } }).replace('"DEEP"', deep),
        JSON.stringify(claim('b', { stated: 20, statedText: '20' })),
      ];
      const text = extension === 'json' ? `[${texts.join(',\n')}]` : texts.join('\n');
      const result = await reconcileJson(file(`deep.${extension}`, text));
      expect(result.claims.map((x) => x.id)).toEqual(['a', 'b']);
      expect(result.rejected.map((r) => r.field)).toEqual(['/extra', '/attribution']);
      expect(result.claims.length + result.rejected.length).toBe(records.length);
    },
  );
});

describe('records of megabytes', () => {
  it('a claim past maxRecordLength is rejected naming the field that takes it past, with a preview of a few kilobytes', () => {
    const huge = claim('huge', { quote: 'x'.repeat(defaults.maxRecordLength + 1) });
    const result = reconcile([huge, claim('a')]);
    expect(result.claims.map((x) => x.id)).toEqual(['a']);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      `claim #1 (id huge): /quote makes the record longer than ${defaults.maxRecordLength} characters of JSON`,
    ]);
    const preview = JSON.stringify(result.rejected[0]?.record);
    expect(preview.length).toBeLessThan(defaults.rejectedPreviewLength + 1_000);
    expect(preview).toMatch(/… \(\d+ more characters\)/);
  });

  it('a broken NDJSON line of megabytes is kept as a preview', async () => {
    const result = await reconcileJson(file('long-line.ndjson', `{"id": "${'x'.repeat(3_000_000)}\n${JSON.stringify(claim('a'))}\n`));
    expect(result.claims.map((x) => x.id)).toEqual(['a']);
    expect(String(result.rejected[0]?.record).length).toBeLessThan(defaults.rejectedPreviewLength + 100);
  });

  it('values JSON cannot hold (BigInt) are named, not a crash when the output is written', () => {
    const result = reconcile([{ ...claim('big'), stated: 19n }, claim('a')]);
    expect(result.rejected.map((r) => r.reason)).toEqual(['claim #1 (id big): /stated must be a finite number, not a bigint']);
    expect(JSON.parse(renderReport(result, { format: 'json' })).rejected[0].record.stated).toBe('(19n, which JSON cannot hold)');
  });
});

describe('records whose fields are not their own', () => {
  it('Object.create(validClaim) is rejected as JSON sees it, not written as {}', () => {
    const inherited: unknown = Object.create(claim('proto'));
    const result = reconcile([inherited, claim('a')]);
    expect(result.claims.map((x) => x.id)).toEqual(['a']);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'claim #1: (record) has no fields of its own: its 19 fields are inherited from a prototype, and JSON would write it as {}',
    ]);
    expect(result.claims.length + result.rejected.length).toBe(2);
    expect(schemaIssues('reconciliation', JSON.parse(renderReport(result, { format: 'json' })))).toEqual([]);
  });

  it('a record with some fields inherited is checked on its own fields alone', () => {
    const { source, ...rest } = claim('half');
    const record = Object.assign(Object.create({ source }), rest) as unknown;
    const { claims, rejected } = validateClaims([record]);
    expect(claims).toEqual([]);
    expect(rejected.map((r) => r.field)).toEqual(['/source']);
  });

  it('a class instance whose fields are its own is accepted, and written with every field', () => {
    class ClaimRecord {
      constructor(fields: Claim) {
        Object.assign(this, fields);
      }
    }
    const result = reconcile([new ClaimRecord(claim('instance'))]);
    expect(result.rejected).toEqual([]);
    expect(JSON.parse(JSON.stringify(result.claims[0]))).toEqual(claim('instance'));
  });
});

describe('JSON and NDJSON output, record by record', () => {
  /** One place, each a little later than the one before: a long chain of relations, cheap to reconcile. */
  const many = (count: number): Claim[] =>
    Array.from({ length: count }, (_, i) => claim(`c${String(i).padStart(6, '0')}`, { stated: i % 50, statedText: String(i % 50) }));

  it('renderReportChunks gives the bytes of renderReport in pieces of kilobytes, not one string', () => {
    const result = reconcile(many(2_000));
    const chunks = [...renderReportChunks(result, { format: 'json' })];
    expect(chunks.join('')).toBe(renderReport(result, { format: 'json' }));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(100_000);
    expect(chunks.length).toBeGreaterThan(50);
  });

  it.each(['json', 'ndjson'])(
    'the CLI streams a reconciliation of 8,000 claims as %s to --out, which parses back whole',
    async (format) => {
      const records = many(8_000);
      const input = file('many.ndjson', lines(...records).join('\n'));
      const out = join(dir, `many-out.${format}`);
      const run = await runCli(['reconcile', input, '--format', format, '--out', out, '--quiet']);
      expect(run.status).toBe(0);
      const text = readFileSync(out, 'utf8');
      const claims =
        format === 'json'
          ? (JSON.parse(text) as Reconciliation).claims
          : text
              .trimEnd()
              .split('\n')
              .map((line) => JSON.parse(line) as { type: string } & Claim)
              .filter((line) => line.type === 'claim');
      expect(claims).toHaveLength(records.length);
      expect(claims[records.length - 1]?.id).toBe('c007999');
    },
  );
});
