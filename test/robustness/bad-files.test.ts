import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, withStdin, type CliRun } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';
import type { Claim, Reconciliation } from '../../lib/records';

/**
 * Files as they arrive from other people's machines: empty, binary, with a
 * byte order mark, CRLF line ends, Latin-1 or UTF-16 text, a folder where a
 * file was expected, a path that does not exist. Each is either read
 * correctly or refused with a message that names it and says what to do,
 * with exit status 2; none ends in a stack trace. (The 100 MB NDJSON stream
 * is in `npm run bench:adversarial`, which measures its memory.)
 */

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-bad-files-'));
const MAPPING = join(__dirname, '..', '..', 'fixtures', 'covid', 'jhu.mapping.json');
const ARTICLE = 'At least 19 attacks hit US troops in Iraq and Syria since October 17, the Pentagon said.';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

/** Never a crash: no "unexpected error", no stack frame. */
function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toContain('unexpected error');
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

function expectRefused(run: CliRun, ...fragments: string[]): void {
  expectNoCrash(run);
  expect(run.status).toBe(2);
  for (const fragment of fragments) expect(run.stderr).toContain(fragment);
}

const claimsOf = (run: CliRun): Claim[] =>
  run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Claim);

describe('empty files', () => {
  it('an empty article has no claims, and says nothing went wrong', async () => {
    const run = await runCli(['extract', file('empty.txt', '')]);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('an empty NDJSON file holds no records; validate counts none', async () => {
    const run = await runCli(['validate', file('empty.ndjson', '')]);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('0 valid, 0 invalid');
  });

  it('an empty .json file is not JSON: refused, naming the file', async () => {
    expectRefused(await runCli(['reconcile', file('empty.json', '')]), 'empty.json: is not valid JSON');
  });

  it('an empty CSV dataset has no header: refused, naming the file', async () => {
    expectRefused(await runCli(['reconcile', '--map', MAPPING, file('empty.csv', '')]), 'empty.csv: the CSV file has no header row');
  });
});

describe('binary files', () => {
  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['random bytes without a zero byte', Buffer.from(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919 + 13) % 255)))],
    ['a ZIP archive (an .xlsx spreadsheet)', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)])],
  ])('%s given as an article is refused as not text', async (_name, bytes) => {
    expectRefused(await runCli(['extract', file('binary.txt', bytes)]), 'binary.txt: is not UTF-8 text (it looks binary)');
  });

  it('a binary claim file is refused the same way', async () => {
    expectRefused(
      await runCli(['validate', file('binary.ndjson', Buffer.from([0, 1, 2, 3, 0xff, 0xfe]))]),
      'binary.ndjson: is not UTF-8 text',
    );
  });
});

describe('byte order marks and line ends', () => {
  it('an article with a BOM and CRLF line ends gives the same claims as its plain UTF-8 twin', async () => {
    const plain = await runCli(['extract', file('plain.txt', `${ARTICLE}\n${ARTICLE}\n`), '--published', '2023-10-27']);
    const windows = await runCli([
      'extract',
      file('windows.txt', Buffer.concat([BOM, Buffer.from(`${ARTICLE}\r\n${ARTICLE}\r\n`)])),
      '--published',
      '2023-10-27',
    ]);
    expectNoCrash(windows);
    expect(windows.status).toBe(0);
    const strip = (claims: Claim[]) =>
      claims.map(({ stated, qualifier, measure, locations, period }) => ({ stated, qualifier, measure, locations, period }));
    expect(strip(claimsOf(windows))).toEqual(strip(claimsOf(plain)));
    expect(claimsOf(windows).length).toBeGreaterThan(0);
  });

  it('claim files with a BOM and CRLF lines validate, as NDJSON and as JSON', async () => {
    const records = [makeClaim({ id: 'a' }), makeClaim({ id: 'b' })];
    const ndjson = file('windows.ndjson', Buffer.concat([BOM, Buffer.from(records.map((r) => JSON.stringify(r)).join('\r\n') + '\r\n')]));
    const json = file('windows.json', Buffer.concat([BOM, Buffer.from(JSON.stringify(records, null, 2).replace(/\n/g, '\r\n'))]));
    for (const path of [ndjson, json]) {
      const run = await runCli(['validate', path]);
      expectNoCrash(run);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('2 valid, 0 invalid');
    }
  });

  it('documents piped to extract - with a BOM and CRLF lines lose no line', async () => {
    const lines = [
      { id: 'one', text: ARTICLE, published: '2023-10-27' },
      { id: 'two', text: ARTICLE, published: '2023-10-27' },
    ];
    const bytes = Buffer.concat([BOM, Buffer.from(lines.map((l) => JSON.stringify(l)).join('\r\n') + '\r\n')]);
    const run = await withStdin(bytes, () => runCli(['extract', '-']));
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect([...new Set(claimsOf(run).map((c) => c.documentId))]).toEqual(['one', 'two']);
  });

  it('a CSV dataset with a BOM and CRLF rows reads its first column by name', async () => {
    const csv = Buffer.concat([
      BOM,
      Buffer.from('report_date,Province_State,Confirmed,Deaths\r\n2020-04-12,Texas,12,1\r\n2020-04-13,Texas,15,1\r\n'),
    ]);
    const run = await runCli(['reconcile', '--map', MAPPING, file('windows.csv', csv), '--format', 'json', '--quiet']);
    expectNoCrash(run);
    const result = JSON.parse(run.stdout) as Reconciliation;
    expect(result.rejected).toEqual([]);
    expect(result.claims).toHaveLength(4);
  });
});

describe('text in other encodings', () => {
  it('reads a Latin-1 (Windows-1252) article without losing a character, and says how it read it', async () => {
    const latin1 = Buffer.from([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' owners said 19 attacks hit US troops in Iraq '),
      0x96,
      ...Buffer.from(' the Pentagon.\r\n'),
    ]);
    const run = await runCli(['extract', file('latin1.txt', latin1), '--published', '2023-10-27']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('latin1.txt: is not UTF-8; read as Windows-1252');
    const claims = claimsOf(run);
    expect(claims.map((c) => c.stated)).toContain(19);
    expect(run.stdout).not.toContain('\ufffd');
  });

  it('reads a UTF-16 article saved by Windows ("Unicode" with its byte order mark)', async () => {
    const utf16 = Buffer.from(`\ufeff${ARTICLE}\r\n`, 'utf16le');
    const run = await runCli(['extract', file('utf16.txt', utf16), '--published', '2023-10-27']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(claimsOf(run).map((c) => c.quote)).toContain('At least 19 attacks');
  });
});

describe('paths that are not files', () => {
  it('a missing file is named, with what to check', async () => {
    expectRefused(await runCli(['reconcile', join(dir, 'missing.txt')]), 'missing.txt: no such file or directory. Check the path');
  });

  it('a folder of articles with none in it says so', async () => {
    expectRefused(await runCli(['reconcile', folder('no-articles')]), 'no-articles: the folder holds no article files (*.txt)');
  });

  it('a folder named like a claim file is read as a folder of articles, not as JSON', async () => {
    expectRefused(await runCli(['validate', folder('claims.json')]), 'claims.json: the folder holds no article files');
  });

  it('a folder given as a dataset or as its mapping is called a folder', async () => {
    expectRefused(await runCli(['reconcile', '--map', MAPPING, folder('rows.csv')]), 'rows.csv: is a folder, not a file');
    expectRefused(
      await runCli(['reconcile', '--map', folder('mapping'), file('rows.csv.ndjson', '{}\n')]),
      'mapping: is a folder, not a file',
    );
  });

  it('a folder given as --out is refused before anything is written', async () => {
    expectRefused(await runCli(['reconcile', file('one.txt', ARTICLE), '--out', folder('out')]), 'is a folder. Give a file name');
  });
});
