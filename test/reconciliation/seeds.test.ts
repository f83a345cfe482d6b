import { reconcile } from '../../lib/reconciliation/reconcile';
import { schemaIssues } from '../../lib/schema/validate';
import type { Relation, RelationKind } from '../../lib/records';
import { expectedSeeds } from '../helpers/seeds';
import { seedClaims } from './seed-claims';
import { describeRelations } from './synthetic';

const expected = expectedSeeds();
const claims = seedClaims();
const result = reconcile(claims);

const ORDERED: ReadonlySet<string> = new Set(['progression', 'scope', 'breakdown', 'correction']);

function kindsOf(entry: (typeof expected.relations)[number]): RelationKind[] {
  return (Array.isArray(entry.kind) ? entry.kind : [entry.kind]) as RelationKind[];
}

function pairRelation(ids: readonly string[], kinds: readonly RelationKind[]): Relation | undefined {
  return result.relations.find((r) => {
    if (!kinds.includes(r.kind) || r.claimIds.length !== ids.length) return false;
    if (ORDERED.has(r.kind)) return r.claimIds.join(' ') === ids.join(' ');
    return ids.every((id) => r.claimIds.includes(id));
  });
}

/** Claims linked by relations of one kind form one connected set (three outlets that agree need two links, not three). */
function connectedBy(kind: RelationKind, ids: readonly string[]): boolean {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const r of result.relations) {
    if (r.kind !== kind) continue;
    const inside = r.claimIds.filter((id) => parent.has(id));
    for (let i = 1; i < inside.length; i++) parent.set(find(inside[i]!), find(inside[0]!));
  }
  return new Set(ids.map(find)).size === 1;
}

describe('reconciling the claims a careful reader finds in the seed articles', () => {
  it('accepts every claim and produces a valid reconciliation', () => {
    expect(result.rejected).toEqual([]);
    expect(schemaIssues('reconciliation', result)).toEqual([]);
  });

  it('puts every claim in exactly one group', () => {
    const memberships = result.groups.flatMap((g) => g.claimIds).sort();
    expect(memberships).toEqual(claims.map((c) => c.id).sort());
  });

  it('puts the attack counts on Iraq and Syria (16, at least 19, 20, 46, over 46) in one group', () => {
    const ids = ['s004-4', 's002-2', 's003-3', 's001-3', 's000-1'];
    const groups = result.groups.filter((g) => g.claimIds.some((id) => ids.includes(id)));
    expect(groups.map((g) => g.id)).toEqual(['attacks|Iraq+Syria']);
  });

  it('keeps the strike of Oct 26 and the strike of Nov 12 in different groups', () => {
    const groupOf = (id: string) => result.groups.find((g) => g.claimIds.includes(id))!;
    expect(groupOf('s002-1').eventDate).toBe('2023-10-26');
    expect(groupOf('s001-2').eventDate).toBe('2023-11-12');
    expect(groupOf('s002-1').id).not.toBe(groupOf('s001-2').id);
  });

  describe.each(expected.relations.map((entry) => [`${entry.claims.join(' ')}: ${kindsOf(entry).join(' or ')}`, entry] as const))(
    '%s',
    (_title, entry) => {
      const kinds = kindsOf(entry);
      it(`is reproduced (${entry.why})`, () => {
        const direct = pairRelation(entry.claims, kinds);
        const linked = entry.claims.length > 2 && kinds.length === 1 && kinds[0] === 'agree' && connectedBy('agree', entry.claims);
        if (!direct && !linked) throw new Error(`not found; relations:\n${describeRelations(result.relations)}`);
      });
    },
  );

  it('names the figures and dates in each reason', () => {
    const compatible = pairRelation(['s002-2', 's003-3'], ['compatible'])!;
    expect(compatible.reason).toBe('at least 19 attacks (Oct 20–27, 2023) admits 20 attacks (Oct 17–27, 2023)');
    const progression = pairRelation(['s003-3', 's001-3'], ['progression'])!;
    expect(progression.reason).toContain('20 attacks (Oct 17–27, 2023)');
    expect(progression.reason).toContain('46 attacks (Oct 17 – Nov 9, 2023)');
    expect(progression.quotes).toEqual(['targeted 20 times between October 17 and 27', 'attacked 46 times since October 17']);
  });

  it('reports no conflict that expected.json does not name', () => {
    const allowed = new Set(expected.relations.filter((e) => kindsOf(e).includes('conflict')).map((e) => [...e.claims].sort().join(' ')));
    const unexpected = result.relations.filter((r) => r.kind === 'conflict' && !allowed.has([...r.claimIds].sort().join(' ')));
    expect(describeRelations(unexpected)).toBe('');
  });

  it('invents no conflict when the unknown publication date of seed 004 is not bounded at all', () => {
    const unbounded = reconcile(claims.map((c) => ({ ...c, asOfBounds: null })));
    expect(describeRelations(unbounded.relations.filter((r) => r.kind === 'conflict'))).toBe('');
  });

  it('estimates the attack count of each date from the consistent claims', () => {
    const nov9 = result.estimates.find((e) => e.groupId === 'attacks|Iraq+Syria' && e.measure === 'attacks' && e.asOf === '2023-11-09');
    expect(nov9).toMatchObject({ low: 46, best: 46, high: 46, support: { best: ['s001-3'] } });
    const troops = result.estimates.filter((e) => e.groupId === 'troops|Iraq');
    expect(troops.map((e) => [e.low, e.best, e.high])).toEqual([
      [2450, 2500, 2550],
      [2450, 2500, 2550],
      [2450, 2500, 2550],
    ]);
  });
});
