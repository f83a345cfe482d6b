import { reconcile } from '../../lib/reconciliation/reconcile';
import { schemaIssues } from '../../lib/schema/validate';
import { describeRelations, matches, sketchToClaim, verdictFixtures } from './synthetic';

const { base, cases } = verdictFixtures();

describe('verdicts on synthetic claims (fixtures/verdicts.json)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const result = reconcile(fixture.claims.map((sketch) => sketchToClaim(sketch, base)));
    expect(result.rejected).toEqual([]);
    expect(schemaIssues('reconciliation', result)).toEqual([]);
    for (const expected of fixture.expect) {
      const found = result.relations.some((relation) => matches(relation, expected));
      if (!found) {
        throw new Error(`expected ${expected.kind} [${expected.claims.join(', ')}], got:\n${describeRelations(result.relations)}`);
      }
    }
    if (fixture.noConflict) expect(describeRelations(result.relations.filter((r) => r.kind === 'conflict'))).toBe('');
  });

  it('gives every conflict a severity and nothing else one', () => {
    for (const fixture of cases) {
      const result = reconcile(fixture.claims.map((sketch) => sketchToClaim(sketch, base)));
      for (const relation of result.relations) {
        expect(relation.severity !== null).toBe(relation.kind === 'conflict');
        expect(relation.consistent !== null).toBe(relation.kind === 'breakdown');
        expect(relation.quotes).toHaveLength(relation.claimIds.length);
      }
    }
  });
});
