import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicon } from '../../lib/lexicon/lexicon';
import { healthLexiconData } from '../../lib/lexicon/health';
import { reconcile, type ReconcileOptions } from '../../lib/reconciliation/reconcile';
import type { Finding, Reconciliation, RelationKind } from '../../lib/records';
import { schemaIssues } from '../../lib/schema/validate';
import { loadFixture, seriesToClaims, sketchToClaim, type ClaimSketch, type SeriesSketch } from './synthetic';

/** What a fixture expects of one finding: any of its fields, plus words its summary holds or lacks and the kinds of its relations. */
type ExpectedFinding = Partial<Omit<Finding, 'sides' | 'gap'>> & {
  sides?: Partial<Finding['sides'][number]>[];
  gap?: Partial<Finding['gap']>;
  summaryContains?: string[];
  summaryNotContains?: string[];
  relationKinds?: Partial<Record<RelationKind, number>>;
};

interface FindingCase {
  name: string;
  lexicon?: 'health';
  options?: ReconcileOptions;
  claims?: ClaimSketch[];
  series?: SeriesSketch[];
  /** The findings in rank order, all of them. */
  expect?: ExpectedFinding[];
  /** Or only how many of each kind. */
  count?: Record<string, number>;
}

interface FindingFixtures {
  description: string;
  base: Omit<ClaimSketch, 'id' | 'stated'>;
  cases: FindingCase[];
}

const files = readdirSync(join(__dirname, 'fixtures', 'findings')).filter((name) => name.endsWith('.json'));

function reconcileCase(fixture: FindingCase, base: FindingFixtures['base']): Reconciliation {
  const claims = [
    ...(fixture.claims ?? []).map((sketch) => sketchToClaim(sketch, base)),
    ...(fixture.series ?? []).flatMap(seriesToClaims),
  ];
  const lexicon = fixture.lexicon === 'health' ? createLexicon(healthLexiconData) : undefined;
  return reconcile(claims, { ...(lexicon ? { lexicon } : {}), ...fixture.options });
}

function kindsOf(finding: Finding, result: Reconciliation): Partial<Record<RelationKind, number>> {
  const kinds: Partial<Record<RelationKind, number>> = {};
  for (const index of finding.relationIndexes) {
    const kind = result.relations[index]!.kind;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

function expectFinding(finding: Finding, expected: ExpectedFinding, result: Reconciliation): void {
  const { summaryContains, summaryNotContains, relationKinds, ...fields } = expected;
  expect(finding).toMatchObject(fields);
  for (const words of summaryContains ?? []) expect(finding.summary).toContain(words);
  for (const words of summaryNotContains ?? []) expect(finding.summary).not.toContain(words);
  if (relationKinds) expect(kindsOf(finding, result)).toEqual(relationKinds);
}

describe.each(files)('findings (fixtures/findings/%s)', (file) => {
  const { base, cases } = loadFixture<FindingFixtures>(join('findings', file));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const result = reconcileCase(fixture, base);
    expect(result.rejected).toEqual([]);
    expect(schemaIssues('reconciliation', result)).toEqual([]);
    const listed = result.findings.map((f) => `${f.kind} ${f.id}: ${f.summary}`).join('\n');
    if (fixture.expect) {
      expect({ listed, count: result.findings.length }).toMatchObject({ count: fixture.expect.length });
      fixture.expect.forEach((expected, i) => expectFinding(result.findings[i]!, expected, result));
    }
    if (fixture.count) {
      const counts: Record<string, number> = {};
      for (const finding of result.findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
      expect(counts).toEqual(fixture.count);
    }
  });
});

describe('findings keep every discrepancy, once', () => {
  const all = files.flatMap((file) => {
    const { base, cases } = loadFixture<FindingFixtures>(join('findings', file));
    return cases.map((fixture) => [`${file}: ${fixture.name}`, reconcileCase(fixture, base)] as const);
  });

  it.each(all)('%s: each conflict, correction and breakdown that does not add up is in exactly one finding', (_name, result) => {
    const owners = new Map<number, number>();
    for (const finding of result.findings) for (const index of finding.relationIndexes) owners.set(index, (owners.get(index) ?? 0) + 1);
    result.relations.forEach((relation, index) => {
      const discrepancy =
        relation.kind === 'conflict' || relation.kind === 'correction' || (relation.kind === 'breakdown' && relation.consistent === false);
      if (discrepancy)
        expect({ index, kind: relation.kind, findings: owners.get(index) ?? 0 }).toEqual({ index, kind: relation.kind, findings: 1 });
    });
  });

  it.each(all)('%s: each finding names the claims of its relations and its sides', (_name, result) => {
    for (const finding of result.findings) {
      const claims = new Set(finding.claimIds);
      for (const index of finding.relationIndexes) for (const id of result.relations[index]!.claimIds) expect(claims.has(id)).toBe(true);
      for (const side of finding.sides) for (const id of side.claimIds) expect(claims.has(id)).toBe(true);
      expect([...finding.relationIndexes].sort((a, b) => a - b)).toEqual(finding.relationIndexes);
    }
  });
});
