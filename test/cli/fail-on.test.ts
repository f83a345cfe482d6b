import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Reconciliation, RelationKind } from '../../lib/records';
import { runCli } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';

/*
 * --fail-on decides the exit status from the verdicts, whatever produced
 * them: here reconcile() is replaced by one that returns the verdicts each
 * test names, so these tests pin the CLI's contract alone. The real pipeline
 * on claim files is checked in fail-on-fixtures.test.ts.
 */
let verdicts: RelationKind[] = [];
let findings: Finding[] = [];
jest.mock('../../lib/reconciliation/reconcile', () => ({
  reconcile: (records: unknown[]): Reconciliation => {
    const claims = [makeClaim({ id: 'a' }), makeClaim({ id: 'b', stated: 40, statedText: '40' })];
    return {
      claims,
      groups: [{ id: 'g', measure: 'attacks', locations: ['Iraq', 'Syria'], eventDate: null, claimIds: ['a', 'b'] }],
      relations: verdicts.map((kind) => ({
        kind,
        claimIds: ['a', 'b'],
        reason: `${kind} for ${records.length} records`,
        quotes: ['q', 'q'],
        severity: kind === 'conflict' ? { level: 'high' as const, gap: 21, relativeGap: 0.5 } : null,
        consistent: kind === 'breakdown' ? true : null,
        certainty: 'established',
        missing: [],
      })),
      findings,
      estimates: [],
      rejected: [],
    };
  },
}));

/** A finding of the given kind and level, over the mocked relations. */
function finding(kind: Finding['kind'], level: Finding['level'], id = `${kind}-${level}`): Finding {
  return {
    id,
    kind,
    summary: `${kind} of level ${level}`,
    groupIds: ['g'],
    measure: 'attacks',
    locations: ['Iraq', 'Syria'],
    sides: [],
    direction: null,
    start: null,
    end: null,
    days: 0,
    dates: 1,
    gap: { typical: 1, typicalRelative: 0.1, largest: 1, largestRelative: 0.1 },
    pattern: null,
    level,
    weight: 1,
    relationIndexes: [0],
    claimIds: ['a', 'b'],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-fail-on-'));
const file = join(dir, 'claims.ndjson');
writeFileSync(file, `${JSON.stringify(makeClaim({ id: 'a' }))}\n`);

async function status(kinds: RelationKind[], ...options: string[]): Promise<number> {
  verdicts = kinds;
  findings = [];
  return (await runCli(['reconcile', file, '--quiet', ...options])).status;
}

describe('--fail-on', () => {
  it('conflict: exit 1 when a conflict is found, 0 when none is', async () => {
    expect(await status(['agree', 'conflict'], '--fail-on', 'conflict')).toBe(1);
    expect(await status(['agree', 'progression', 'correction'], '--fail-on', 'conflict')).toBe(0);
  });

  it('any: exit 1 on any verdict but agree and compatible', async () => {
    expect(await status(['agree', 'compatible'], '--fail-on', 'any')).toBe(0);
    for (const kind of ['progression', 'scope', 'breakdown', 'distinct-events', 'correction', 'conflict'] as const) {
      expect(await status(['agree', kind], '--fail-on', 'any')).toBe(1);
    }
  });

  it('without it, conflicts do not change the exit status', async () => {
    expect(await status(['conflict'])).toBe(0);
  });

  it('still writes the report when it fails the run', async () => {
    verdicts = ['conflict'];
    const run = await runCli(['reconcile', file, '--fail-on', 'conflict', '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('## Conflicts (1)');
  });

  it('says on stderr which verdicts failed the run, even with --quiet, and nothing when it passes', async () => {
    verdicts = ['agree', 'scope', 'conflict', 'scope', 'compatible'];
    const failing = await runCli(['reconcile', file, '--fail-on', 'any', '--quiet']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('claim-reconciler: --fail-on any: exit status 1 for the verdicts conflict (1), scope (2).\n');
    const conflictsOnly = await runCli(['reconcile', file, '--fail-on', 'conflict', '--quiet']);
    expect(conflictsOnly.stderr).toBe('claim-reconciler: --fail-on conflict: exit status 1 for the verdicts conflict (1).\n');
    verdicts = ['agree', 'scope'];
    expect(await runCli(['reconcile', file, '--fail-on', 'conflict', '--quiet'])).toMatchObject({ status: 0, stderr: '' });
  });

  it('refuses a value it does not know, exit 2', async () => {
    const run = await runCli(['reconcile', file, '--fail-on', 'conflicts']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fail-on must be one of conflict, any, finding, finding:medium, finding:high, not "conflicts"');
  });

  describe('finding', () => {
    async function run(list: Finding[], value: string) {
      verdicts = ['conflict'];
      findings = list;
      return runCli(['reconcile', file, '--fail-on', value]);
    }

    it('finding: exit 1 on any finding but a small-count line, and names the findings on stderr', async () => {
      expect((await run([finding('small-counts', 'low')], 'finding')).status).toBe(0);
      const failed = await run([finding('correction', 'low', 'correction:cases|Texas:2021-03-02')], 'finding');
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('--fail-on finding: 1 finding(s) failed the run:');
      expect(failed.stderr).toContain('  low correction:cases|Texas:2021-03-02: correction of level low');
    });

    it('finding:medium and finding:high: exit 1 only on a finding at least that severe', async () => {
      expect((await run([finding('disagreement', 'low')], 'finding:medium')).status).toBe(0);
      expect((await run([finding('disagreement', 'medium')], 'finding:medium')).status).toBe(1);
      expect((await run([finding('disagreement', 'medium')], 'finding:high')).status).toBe(0);
      expect((await run([finding('breakdown', 'high')], 'finding:high')).status).toBe(1);
    });

    it('acts on findings alone: a conflict that is in no finding does not fail it', async () => {
      expect((await run([], 'finding')).status).toBe(0);
    });
  });
});
