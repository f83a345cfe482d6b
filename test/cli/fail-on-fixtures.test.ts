import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';

/*
 * --fail-on through the real pipeline: two sources that give 20 and 40
 * attacks for the same days conflict (exit 1); a lower bound, a matching
 * figure and a later running count do not (exit 0).
 */
const fixture = (name: string) => join(__dirname, 'fixtures', name);

describe('--fail-on conflict on claim files', () => {
  it('exits 1 on claims that conflict, and still prints the report', async () => {
    const run = await runCli(['reconcile', fixture('conflicting-claims.ndjson'), '--fail-on', 'conflict']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('## Conflicts (1)');
    expect(run.stdout).toContain('40 attacks vs 20 attacks');
  });

  it('exits 0 on claims that do not', async () => {
    const run = await runCli(['reconcile', fixture('consistent-claims.ndjson'), '--fail-on', 'conflict']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Conflicts (0)');
  });

  it('--fail-on any exits 1 on the progression of the consistent claims', async () => {
    const run = await runCli(['reconcile', fixture('consistent-claims.ndjson'), '--fail-on', 'any', '--quiet']);
    expect(run.status).toBe(1);
  });

  it('--fail-on finding exits 1 on the conflict, named as one finding, and 0 on the consistent claims; finding:high only when it is that severe', async () => {
    const failed = await runCli(['reconcile', fixture('conflicting-claims.ndjson'), '--fail-on', 'finding']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('--fail-on finding: 1 finding(s) failed the run:');
    expect(failed.stdout).toContain('**1 finding**: 1 disagreement between sources.');
    expect((await runCli(['reconcile', fixture('consistent-claims.ndjson'), '--fail-on', 'finding', '--quiet'])).status).toBe(0);
    // 20 against 40 attacks is 50% apart: a high finding.
    expect((await runCli(['reconcile', fixture('conflicting-claims.ndjson'), '--fail-on', 'finding:high', '--quiet'])).status).toBe(1);
  });
});
