import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims, loadDocument, type Reconciliation } from '../../lib/index';
import { runCli, withStdin } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-datasets-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const mapping = { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: { const: 'Health Dept' } };
const mapPath = file('mapping.json', JSON.stringify(mapping));
const csvPath = file('figures.csv', 'date,state,cases\n2020-04-01,NY,"1,000"\n2020-04-02,NY,n/a\n2020-04-03,NY,1200\n');

describe('claim-reconciler reconcile with --map', () => {
  it('reads a CSV dataset through its mapping; broken rows are rejected with row, column and reason', async () => {
    const run = await runCli(['reconcile', csvPath, '--map', mapPath, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Reconciliation;
    expect(result.claims.map((c) => [c.id, c.stated, c.quote])).toEqual([
      ['figures.csv:2', 1000, 'NY 2020-04-01 cases 1,000 (row 2)'],
      ['figures.csv:4', 1200, 'NY 2020-04-03 cases 1200 (row 4)'],
    ]);
    expect(result.rejected.map((r) => [r.origin, r.field, r.reason])).toEqual([
      ['figures.csv', '/cases', 'figures.csv row 3: column "cases": "n/a" is not a number'],
    ]);
    expect(run.stderr).toContain('1 record(s) rejected');
  });

  it('maps each dataset with the --map named before it', async () => {
    const other = file('other.ndjson', '{"day":"2020-04-01","where":"NY","n":990}\n');
    const otherMap = file(
      'other.mapping.json',
      JSON.stringify({ ...mapping, value: 'n', asOf: 'day', locations: 'where', source: { const: 'Paper' } }),
    );
    const run = await runCli(['reconcile', '--map', mapPath, csvPath, '--map', otherMap, other, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Reconciliation;
    expect(result.claims.map((c) => [c.id, c.source.name])).toEqual([
      ['figures.csv:2', 'Health Dept'],
      ['figures.csv:4', 'Health Dept'],
      ['other.ndjson:1', 'Paper'],
    ]);
  });

  it('exits 2 with a message for a CSV without a mapping, a mapping that breaks its schema, or a column the file lacks', async () => {
    const noMap = await runCli(['reconcile', csvPath]);
    expect(noMap.status).toBe(2);
    expect(noMap.stderr).toContain('figures.csv: a .csv file holds dataset rows; give a mapping with --map mapping.json');
    const badMap = await runCli(['reconcile', csvPath, '--map', file('bad.json', '{"value": 3}')]);
    expect(badMap.status).toBe(2);
    expect(badMap.stderr).toContain('bad.json: the mapping is not valid: mapping: /measure is required; mapping: /locations is required');
    expect(badMap.stderr).toContain('mapping: /value must be string, not a number');
    const wrongColumn = await runCli(['reconcile', csvPath, '--map', file('wrong.json', JSON.stringify({ ...mapping, value: 'Cases' }))]);
    expect(wrongColumn.status).toBe(2);
    expect(wrongColumn.stderr).toContain(
      'figures.csv: the mapping names column(s) that the file does not have: "Cases". Its columns: date, state, cases',
    );
    expect(wrongColumn.stdout).toBe('');
  });

  it('validates dataset rows, naming each broken row', async () => {
    const run = await runCli(['validate', csvPath, '--map', mapPath]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('figures.csv row 3: column "cases": "n/a" is not a number\n2 valid, 1 invalid');
  });
});

describe('standard input and NDJSON output', () => {
  it('reconciles NDJSON rows from standard input with --map', async () => {
    const rows = '{"date":"2020-04-01","state":"NY","cases":5}\n{"date":"2020-04-02","state":"NY","cases":""}\n';
    const run = await withStdin(rows, () => runCli(['reconcile', '-', '--map', mapPath, '--format', 'json']));
    const result = JSON.parse(run.stdout) as Reconciliation;
    expect(result.claims.map((c) => c.id)).toEqual(['stdin:1']);
    expect(result.rejected[0]?.reason).toBe('stdin row 2: column "cases" is empty');
  });

  it('reconciles NDJSON claims from standard input and writes one record per line', async () => {
    const claims = [makeClaim({ id: 'a' }), makeClaim({ id: 'b', stated: 20, statedText: '20' })];
    const input = `${claims.map((c) => JSON.stringify(c)).join('\n')}\n{broken\n`;
    const run = await withStdin(input, () => runCli(['reconcile', '-', '--format', 'ndjson']));
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; id?: string });
    expect(lines.filter((l) => l.type === 'claim').map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines.filter((l) => l.type === 'rejected')).toHaveLength(1);
    const json = JSON.parse((await withStdin(input, () => runCli(['reconcile', '-', '--format', 'json']))).stdout) as Reconciliation;
    expect(lines).toHaveLength(
      json.claims.length + json.groups.length + json.relations.length + json.estimates.length + json.rejected.length,
    );
  });

  it('refuses standard input named twice', async () => {
    const run = await runCli(['reconcile', '-', '-']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('- (standard input) can be named only once');
  });

  it('extracts from NDJSON documents on standard input, as each arrives, naming unusable lines', async () => {
    const documents = [
      { id: 'a', text: 'The base was attacked at least 19 times in Iraq since October 17.', published: '2023-10-27' },
      { text: 'About 2,500 US troops are in Iraq.', source: { name: 'Example News', url: null, published: '2023-11-14' } },
    ];
    const input = `${JSON.stringify(documents[0])}\nnot json\n{"text": 5}\n${JSON.stringify(documents[1])}\n`;
    const run = await withStdin(input, () => runCli(['extract', '-']));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('stdin line 2 is not valid JSON');
    expect(run.stderr).toContain('stdin line 3: document text must be a string, not a number');
    const expected = [
      ...extractClaims(loadDocument(documents[0]?.text as string, { id: 'a', published: '2023-10-27' })),
      ...extractClaims(
        loadDocument(documents[1]?.text as string, { id: 'stdin:4', published: '2023-11-14', outlet: 'Example News', url: null }),
      ),
    ];
    expect(run.stdout).toBe(expected.map((c) => `${JSON.stringify(c)}\n`).join(''));
    const asJson = await withStdin(input, () => runCli(['extract', '-', '--format', 'json']));
    expect(JSON.parse(asJson.stdout)).toEqual(expected);
  });
});
