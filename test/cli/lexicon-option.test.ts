import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-lexicon-'));
const claims = join(dir, 'deaths.ndjson');
writeFileSync(
  claims,
  [
    makeClaim({ id: 'a', measure: 'deaths', qualifier: 'exact', hedge: null, locations: ['New Jersey'] }),
    makeClaim({
      id: 'b',
      measure: 'deaths',
      qualifier: 'exact',
      hedge: null,
      locations: ['New Jersey'],
      source: { name: 'Other', url: null, published: '2023-10-27' },
    }),
  ]
    .map((c) => JSON.stringify(c))
    .join('\n'),
);

async function groupMeasures(args: string[]): Promise<string[]> {
  const run = await runCli(['reconcile', claims, '--format', 'json', ...args]);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { groups: { measure: string }[] }).groups.map((g) => g.measure);
}

describe('--lexicon', () => {
  it("health keeps a dataset's deaths as deaths rather than the security beat's casualties", async () => {
    expect(await groupMeasures(['--lexicon', 'health'])).toEqual(['deaths']);
    expect(await groupMeasures([])).not.toEqual(['deaths']);
  });

  it('reads a lexicon file that replaces the default', async () => {
    const file = join(dir, 'beat.json');
    writeFileSync(file, JSON.stringify({ name: 'beat', measures: [{ name: 'deaths', terms: ['deaths'] }], places: [] }));
    expect(await groupMeasures(['--lexicon', file])).toEqual(['deaths']);
  });

  it('exits 2 naming the file and the field of a broken lexicon', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ name: 'beat', measures: [{ name: 'deaths', terms: [] }], places: [] }));
    const run = await runCli(['reconcile', claims, '--lexicon', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('broken.json: is not a usable lexicon');
    expect(run.stderr).toContain('/measures/0/terms');
  });

  it('exits 2 on a lexicon that is neither built in nor a file', async () => {
    const run = await runCli(['extract', join(dir, 'x.txt'), '--lexicon', 'sports']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sports: is not a usable lexicon (no such file)');
    expect(run.stderr).toContain('--lexicon news|security|disasters|protests|shipping|health');
  });

  it('reads places with one beat alone as with every beat', async () => {
    const article = join(dir, 'quake.txt');
    writeFileSync(article, 'Published: 2024-03-02\n\nThe earthquake killed 41 people in Chile on Friday, officials said.\n');
    for (const lexicon of ['disasters', 'news']) {
      const run = await runCli(['extract', article, '--lexicon', lexicon]);
      expect(run.status).toBe(0);
      const claim = JSON.parse(run.stdout.split('\n')[0]!) as { measure: string; locations: string[] };
      expect(claim).toMatchObject({ measure: 'killed', locations: ['Chile'] });
    }
  });
});
