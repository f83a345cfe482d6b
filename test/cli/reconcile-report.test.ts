import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../package.json';
import { schemaIssues } from '../../lib/schema/validate';
import { runCli } from '../helpers/run-cli';
import { loadFixture } from '../reports/helpers';

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-report-'));
const claimsFile = join(dir, 'claims.json');
writeFileSync(claimsFile, JSON.stringify(loadFixture('every-verdict').claims));

describe('claim-reconciler reconcile: report formats', () => {
  it('writes a self-contained HTML page to --out, nothing to stdout, and says where it went', async () => {
    const out = join(dir, 'report.html');
    const run = await runCli(['reconcile', claimsFile, '--format', 'html', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${out}`);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('Content-Security-Policy');
  });

  it('takes the format from --out when --format is not given', async () => {
    const out = join(dir, 'relations.csv');
    expect((await runCli(['reconcile', claimsFile, '--out', out, '--quiet'])).status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(/^record,kind,severity,/);
  });

  it('prints JSON that the reconciliation schema accepts', async () => {
    const run = await runCli(['reconcile', claimsFile, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(schemaIssues('reconciliation', JSON.parse(run.stdout))).toEqual([]);
  });

  it('prints Markdown without colour codes when stdout is not a terminal', async () => {
    const run = await runCli(['reconcile', claimsFile]);
    expect(run.stdout.startsWith('# Discrepancy report\n')).toBe(true);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('is silent on stderr with --quiet', async () => {
    const bad = join(dir, 'with-bad.json');
    writeFileSync(bad, JSON.stringify([...loadFixture('every-verdict').claims, { id: 'broken' }]));
    expect((await runCli(['reconcile', bad])).stderr).toContain('1 record(s) rejected');
    expect((await runCli(['reconcile', bad, '--quiet'])).stderr).toBe('');
  });

  it('refuses an unknown format with the list of known ones, exit 2', async () => {
    const run = await runCli(['reconcile', claimsFile, '--format', 'pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of markdown, html, csv, json, ndjson, not "pdf"');
  });

  it('says what to do when the --out folder is missing, exit 2 and no output', async () => {
    const run = await runCli(['reconcile', claimsFile, '--out', join(dir, 'no-such-folder', 'report.html')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('does not exist. Create it first');
  });

  it('prints its version', async () => {
    const run = await runCli(['--version']);
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
