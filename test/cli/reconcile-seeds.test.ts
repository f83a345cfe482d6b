import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';
import { SEEDS_DIR } from '../helpers/seeds';

/*
 * The seed articles through the whole pipeline (extract, reconcile, report),
 * as a user runs it: `claim-reconciler reconcile fixtures/seeds`.
 */
function section(report: string, heading: string): string {
  const start = report.indexOf(`\n## ${heading}`);
  if (start < 0) return '';
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start, next < 0 ? undefined : next);
}

describe('reconcile fixtures/seeds', () => {
  let report: string;
  beforeAll(async () => {
    const run = await runCli(['reconcile', SEEDS_DIR, '--quiet']);
    expect(run.status).toBe(0);
    report = run.stdout;
  });

  it('puts 19 traumatic brain injuries against 21 injured before the agreements, as a conflict or an explained difference', () => {
    const lines = [...section(report, 'Conflicts').split('\n'), ...section(report, 'Differences explained').split('\n')];
    const line = lines.find((l) => l.includes('19 traumatic brain injuries') && l.includes('21 injured'));
    expect(line).toBeDefined();
    expect(report.indexOf(line ?? '')).toBeLessThan(report.indexOf('## Agreements'));
  });

  it('counts the five articles and shows every claim in a subject', async () => {
    const json = JSON.parse((await runCli(['reconcile', SEEDS_DIR, '--format', 'json', '--quiet'])).stdout) as { claims: unknown[] };
    expect(report).toContain(`5 documents · ${json.claims.length} claims`);
    const rows = section(report, 'Subjects')
      .split('\n')
      .filter((line) => /^\| C\d+ \|/.test(line));
    expect(rows).toHaveLength(json.claims.length);
  });

  it('gives the same bytes whatever order the articles are named in', async () => {
    const files = readdirSync(SEEDS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(SEEDS_DIR, name));
    for (const format of ['markdown', 'html', 'csv']) {
      const forward = await runCli(['reconcile', ...files, '--format', format, '--quiet']);
      const backward = await runCli(['reconcile', ...[...files].reverse(), '--format', format, '--quiet']);
      expect(backward.stdout).toBe(forward.stdout);
    }
  });
});
