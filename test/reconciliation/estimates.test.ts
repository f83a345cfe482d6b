import { reconcile } from '../../lib/reconciliation/reconcile';
import type { Claim } from '../../lib/records';
import { sketchToClaim, type ClaimSketch } from './synthetic';

const base: Partial<ClaimSketch> = {
  measure: 'attacks',
  locations: ['Iraq', 'Syria'],
  period: { start: '2023-10-17', end: '2023-10-27' },
  asOf: '2023-10-27',
};
const claim = (sketch: ClaimSketch): Claim => sketchToClaim(sketch, base);

const oneDay = [
  claim({ id: 'bound', stated: 19, qualifier: 'at-least', hedge: 'at least', outlet: 'Outlet A' }),
  claim({ id: 'exact', stated: 20, outlet: 'Outlet B' }),
  claim({ id: 'about', stated: 21, qualifier: 'approximately', hedge: 'about', outlet: 'Outlet C' }),
];

describe('estimates for a group and date', () => {
  it('best-estimate (UCDP): the bounds every source allows, and the median of independent figures within them', () => {
    const [estimate] = reconcile(oneDay).estimates;
    expect(estimate).toEqual({
      groupId: 'attacks|Iraq+Syria',
      measure: 'attacks',
      asOf: '2023-10-27',
      policy: 'best-estimate',
      low: 20,
      best: 20,
      high: 20,
      support: { low: ['about', 'exact'], best: ['about', 'bound', 'exact'], high: ['exact'] },
    });
  });

  it('conservative (ACLED): the lowest figure a source states that every source allows', () => {
    const [estimate] = reconcile(oneDay, { policy: 'conservative' }).estimates;
    expect(estimate).toMatchObject({ policy: 'conservative', low: 20, best: 20, high: 20 });
  });

  it('range (Iraq Body Count): the lowest and highest figures reported, no single best', () => {
    const [estimate] = reconcile(oneDay, { policy: 'range' }).estimates;
    expect(estimate).toMatchObject({ policy: 'range', low: 19, best: null, high: 21, support: { low: ['bound'], high: ['about'] } });
  });

  it('leaves the high end open when no source bounds the figure from above', () => {
    const [estimate] = reconcile([claim({ id: 'a', stated: 19, qualifier: 'at-least', hedge: 'at least' })]).estimates;
    expect(estimate).toMatchObject({ low: 19, best: 19, high: null, support: { high: [] } });
  });

  it('counts a figure repeated from one originator once', () => {
    const pentagon = { speaker: null, organization: 'Pentagon' };
    const claims = [
      claim({ id: 'p1', stated: 46, attribution: pentagon, outlet: 'Outlet A', published: '2023-10-27' }),
      claim({ id: 'p2', stated: 46, attribution: pentagon, outlet: 'Outlet B', published: '2023-10-28' }),
      claim({ id: 'p3', stated: 46, attribution: pentagon, outlet: 'Outlet C', published: '2023-10-29' }),
      claim({ id: 'r1', stated: 50, qualifier: 'approximately', hedge: 'about', outlet: 'Reuters' }),
      claim({
        id: 'r2',
        stated: 50,
        qualifier: 'approximately',
        hedge: 'about',
        attribution: { speaker: null, organization: 'Reuters' },
        outlet: 'Outlet D',
        published: '2023-10-30',
      }),
    ];
    const [estimate] = reconcile(claims, { policy: 'best-estimate' }).estimates;
    // Independent: the Pentagon's 46 (first published by Outlet A) and Reuters' about 50, which admits 46.
    expect(estimate!.support.best).toEqual(['p1', 'r1']);
    expect(estimate!.best).toBe(46);
  });

  it('counts a figure twenty outlets copy in the same words once', () => {
    const copies = Array.from({ length: 20 }, (_, i) =>
      claim({
        id: `copy${String(i).padStart(2, '0')}`,
        stated: 46,
        quote: 'attacked 46 times since October 17',
        outlet: `Outlet ${i}`,
        published: `2023-10-${String(10 + i)}`,
      }),
    );
    const own = claim({ id: 'own', stated: 46, quote: 'forty-six attacks, by our own count', outlet: 'Monitor', published: '2023-10-29' });
    const [estimate] = reconcile([...copies, own]).estimates;
    expect(estimate!.support.best).toEqual(['copy00', 'own']);
  });

  it('leaves out claims in conflict and figures a correction superseded', () => {
    const claims = [
      claim({ id: 'old', stated: 20, outlet: 'Outlet A', published: '2023-10-27' }),
      claim({ id: 'new', stated: 22, outlet: 'Outlet A', published: '2023-10-29' }),
      claim({ id: 'agrees', stated: 22, outlet: 'Outlet B', published: '2023-10-29' }),
    ];
    const result = reconcile(claims);
    expect(result.relations.map((r) => `${r.kind} ${r.claimIds.join(' ')}`)).toContain('correction old new');
    expect(result.estimates[0]).toMatchObject({ low: 22, best: 22, high: 22 });
    expect(result.estimates[0]!.support.low).toEqual(['agrees', 'new']);
  });

  it('speaks for the widest span counted on a date', () => {
    const claims = [
      claim({ id: 'week', stated: 19, qualifier: 'at-least', hedge: 'at least', period: { start: '2023-10-20', end: '2023-10-27' } }),
      claim({ id: 'since', stated: 20, outlet: 'Outlet B' }),
    ];
    const [estimate] = reconcile(claims).estimates;
    expect(estimate).toMatchObject({ low: 20, best: 20, high: 20, support: { best: ['since'] } });
  });
});
