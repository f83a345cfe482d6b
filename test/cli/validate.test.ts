import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-validate-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('claim-reconciler validate', () => {
  it('exits 0 when every record is valid', async () => {
    const path = file('good.ndjson', [makeClaim({ id: 'a' }), makeClaim({ id: 'b' })].map((c) => JSON.stringify(c)).join('\n'));
    const run = await runCli(['validate', path]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 valid, 0 invalid');
  });

  it('exits 2 and names the record and the field of a wrong type', async () => {
    const bad = { ...makeClaim({ id: 's002-2' }), stated: 'nineteen' };
    const path = file('bad.json', JSON.stringify([makeClaim({ id: 'ok' }), bad]));
    const run = await runCli(['validate', path]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bad.json: claim #2 (id s002-2): /stated must be a finite number, not a string');
    expect(run.stderr).toContain('1 valid, 1 invalid');
  });

  it('reports a line that is not JSON by its line number and checks the rest', async () => {
    const path = file('mixed.ndjson', `${JSON.stringify(makeClaim({ id: 'a' }))}\n{not json\n`);
    const run = await runCli(['validate', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/mixed\.ndjson line 2 is not valid JSON/);
    expect(run.stderr).toContain('1 valid, 1 invalid');
  });

  it('refuses an article with a hint to extract first', async () => {
    const path = file('article.txt', 'Some 20 attacks were reported.');
    const run = await runCli(['validate', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Run "claim-reconciler extract" on it first');
  });
});

describe('claim-reconciler usage errors', () => {
  it('exits 2 on an unknown command and says what to run', async () => {
    const run = await runCli(['reconsile', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command "reconsile"');
  });

  it('exits 2 with no command, the help on stderr and nothing on stdout', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^claim-reconciler: no command given\. Usage:\n\nclaim-reconciler: find which published figures really disagree\./,
    );
    expect(run.stderr).toContain('claim-reconciler reconcile FILES...');
    const asked = await runCli(['--help']);
    expect(asked).toMatchObject({ status: 0, stderr: '' });
    expect(asked.stdout).toContain('claim-reconciler reconcile FILES...');
  });

  it('exits 2 on an unknown option', async () => {
    const run = await runCli(['reconcile', '--colour', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'claim-reconciler: error: unknown option "--colour". Run "claim-reconciler reconcile --help" for the options.' +
        ' To name a file that starts with "-", put -- before it: "claim-reconciler reconcile -- --colour".\n',
    );
  });

  it('exits 2 on a bad format value', async () => {
    const run = await runCli(['extract', '--format', 'xml', 'x.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of ndjson, json, not "xml"');
  });

  it('exits 2 on a published date that is not a date', async () => {
    const run = await runCli(['extract', '--published', '27/10/2023', 'x.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--published must be a date written YYYY-MM-DD');
  });

  it('prints help for each command with exit 0', async () => {
    for (const command of ['extract', 'reconcile', 'validate']) {
      const run = await runCli([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`claim-reconciler ${command}`);
    }
  });
});
