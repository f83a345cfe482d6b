import { reconcile, renderReport } from '../../lib/index';
import { schemaIssues } from '../../lib/schema/validate';
import type { Claim, Reconciliation } from '../../lib/records';
import { seedClaims, seedFiles } from '../helpers/seeds';

/** The main job, as `npm start` runs it: the five seed articles, end to end. */
function reconcileSeeds(): { claims: Claim[]; result: Reconciliation } {
  const claims = seedClaims();
  return { claims, result: reconcile(claims) };
}

const { claims, result } = reconcileSeeds();
const groupOf = (claim: Claim) => result.groups.find((g) => g.claimIds.includes(claim.id));

function find(predicate: (c: Claim) => boolean): Claim[] {
  return claims.filter(predicate);
}

describe('the seed articles end to end', () => {
  it('extracts claims from every article', () => {
    for (const name of seedFiles()) expect(claims.some((c) => c.documentId === name)).toBe(true);
  });

  it('produces records that validate against the schemas', () => {
    expect(schemaIssues('reconciliation', result)).toEqual([]);
  });

  it('puts every claim in exactly one group', () => {
    const memberships = result.groups.flatMap((g) => g.claimIds).sort();
    expect(memberships).toEqual(claims.map((c) => c.id).sort());
  });

  it.each([
    [2500, 'Iraq'],
    [900, 'Syria'],
  ])('the about-%s troop figures in %s agree across three outlets', (figure, place) => {
    const troops = find((c) => c.stated === figure && c.measure === 'troops' && c.qualifier === 'approximately');
    expect(new Set(troops.map((c) => c.documentId)).size).toBe(3);
    for (const claim of troops) expect(claim.locations).toEqual([place]);
    const groups = new Set(troops.map((c) => groupOf(c)?.id));
    expect(groups.size).toBe(1);
    const ids = new Set(troops.map((c) => c.id));
    const agreeing = new Set(result.relations.filter((r) => r.kind === 'agree').flatMap((r) => r.claimIds.filter((id) => ids.has(id))));
    expect(agreeing).toEqual(ids);
    const conflicting = result.relations.filter((r) => r.kind === 'conflict' && r.claimIds.some((id) => ids.has(id)));
    expect(conflicting).toEqual([]);
  });

  it('puts the attack counts 16, 19, 20 and 46 in one group', () => {
    const attacks = find((c) => c.measure === 'attacks' && [16, 19, 20, 46].includes(c.stated) && c.locations.join('+') === 'Iraq+Syria');
    expect(new Set(attacks.map((c) => c.stated))).toEqual(new Set([16, 19, 20, 46]));
    expect(new Set(attacks.map((c) => groupOf(c)?.id)).size).toBe(1);
  });

  it('renders the same report bytes for the claims in any order', () => {
    const reversed = reconcile([...claims].reverse());
    expect(renderReport(reversed, { format: 'markdown' })).toBe(renderReport(result, { format: 'markdown' }));
    expect(renderReport(reversed, { format: 'json' })).toBe(renderReport(result, { format: 'json' }));
  });
});
