import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The CI audit step (.ci/audit.mjs) on saved `npm audit --json` reports: a
 * high or critical finding in a production dependency fails the build and
 * names it; a clean report passes; an advisory endpoint that cannot be reached
 * passes the build but says, in capitals, that nothing was checked.
 */

const ROOT = join(__dirname, '..', '..');
const judge = (report: string) =>
  spawnSync(process.execPath, [join(ROOT, '.ci', 'audit.mjs'), '--report', join(__dirname, 'fixtures', report)], { encoding: 'utf8' });

describe('the CI audit step', () => {
  it('fails on a high-severity finding and names the package, the advisory and the fix', () => {
    const run = judge('audit-high.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('example-parser (high): Regular expression denial of service in example-parser');
    expect(run.stdout).toContain('npm audit fix');
    expect(run.stdout).not.toContain('example-helper');
  });

  it('passes a clean report and says what it checked', () => {
    const run = judge('audit-clean.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('no known vulnerability at high or critical level');
  });

  it('does not fail when the advisory endpoint is unreachable, and never passes silently', () => {
    const run = judge('audit-unreachable.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm audit COULD NOT RUN');
    expect(run.stdout).toContain('405 Method Not Allowed');
    expect(run.stdout).toContain('NOT checked');
  });
});
