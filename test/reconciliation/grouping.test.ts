import { reconcile } from '../../lib/reconciliation/reconcile';
import { createLexicon } from '../../lib/lexicon/lexicon';
import type { Claim, Reconciliation } from '../../lib/records';
import { sketchToClaim, type ClaimSketch } from './synthetic';

const base: Partial<ClaimSketch> = { measure: 'attacks', locations: ['Iraq'], asOf: '2023-10-27', outlet: 'Outlet A' };
const claim = (sketch: ClaimSketch): Claim => sketchToClaim(sketch, base);
const groupIds = (result: Reconciliation) => result.groups.map((g) => `${g.id}: ${g.claimIds.join(' ')}`);

describe('grouping claims by subject', () => {
  it('maps a misspelt measure onto its canonical label, but not a different word that looks alike', () => {
    const result = reconcile([
      claim({ id: 'a', stated: 3, measure: 'casualtes' }),
      claim({ id: 'b', stated: 3, measure: 'casualties' }),
      claim({ id: 'c', stated: 3, measure: 'cases' }),
      claim({ id: 'd', stated: 3, measure: 'bases' }),
    ]);
    expect(groupIds(result)).toEqual(['bases|Iraq: d', 'cases|Iraq: c', 'casualties|Iraq: a b']);
  });

  it('maps a synonym to its measure and family: deaths are killed, within casualties', () => {
    const result = reconcile([claim({ id: 'a', stated: 3, measure: 'deaths' }), claim({ id: 'b', stated: 5, measure: 'casualties' })]);
    expect(groupIds(result)).toEqual(['casualties|Iraq: a b']);
    expect(result.relations.map((r) => [r.kind, r.claimIds])).toEqual([['scope', ['a', 'b']]]);
  });

  it('uses the lexicon it is given', () => {
    const health = createLexicon({
      name: 'health',
      measures: [{ name: 'cases', terms: ['cases', 'infections'] }],
      places: [{ name: 'Texas' }],
    });
    const result = reconcile([claim({ id: 'a', stated: 3, measure: 'infections', locations: ['Texas'] })], { lexicon: health });
    expect(result.groups[0]).toMatchObject({ id: 'cases|Texas', measure: 'cases' });
  });

  it('keeps different units and place sets apart, even when names hold separators', () => {
    const result = reconcile([
      claim({ id: 'a', stated: 3, unit: 'percent' }),
      claim({ id: 'b', stated: 3 }),
      claim({ id: 'c', stated: 3, locations: ['Iraq+Syria'] }),
      claim({ id: 'd', stated: 3, locations: ['Iraq', 'Syria'] }),
    ]);
    expect(result.groups).toHaveLength(4);
    expect(new Set(result.groups.map((g) => g.id)).size).toBe(4);
  });

  it('splits one-off events by date, with a day of slack', () => {
    const result = reconcile([
      claim({ id: 'a', stated: 2, measure: 'strikes', asOf: '2023-10-26' }),
      claim({ id: 'b', stated: 2, measure: 'strikes', asOf: '2023-10-27' }),
      claim({ id: 'c', stated: 2, measure: 'strikes', asOf: '2023-10-29' }),
    ]);
    expect(groupIds(result)).toEqual(['strikes|Iraq|2023-10-26: a b', 'strikes|Iraq|2023-10-29: c']);
    const looser = reconcile(result.claims, { eventDateSlackDays: 3 });
    expect(groupIds(looser)).toEqual(['strikes|Iraq|2023-10-26: a b c']);
  });

  it('lets an event with an unknown date join the one event its bounds overlap, and no other', () => {
    const bounded = (id: string, start: string, end: string) =>
      claim({ id, stated: 2, measure: 'strikes', asOf: null, asOfBounds: { start, end }, published: null });
    const result = reconcile([
      claim({ id: 'oct', stated: 2, measure: 'strikes', asOf: '2023-10-26' }),
      claim({ id: 'nov', stated: 2, measure: 'strikes', asOf: '2023-11-12' }),
      bounded('late-oct', '2023-10-17', '2023-10-31'),
      bounded('either', '2023-10-17', '2023-11-30'),
      claim({ id: 'before-nov-14', stated: 1, measure: 'strikes', asOf: null, published: '2023-11-14' }),
    ]);
    expect(groupIds(result)).toEqual([
      'strikes|Iraq|2023-10-26: late-oct oct',
      'strikes|Iraq|2023-11-12: nov',
      'strikes|Iraq|date unknown: before-nov-14 either',
    ]);
    expect(result.relations.filter((r) => r.kind === 'conflict')).toEqual([]);
  });

  it('does not let keys such as __proto__ reach prototypes', () => {
    const result = reconcile([
      claim({ id: '__proto__', stated: 2, measure: '__proto__', locations: ['__proto__', 'constructor'], outlet: '__proto__' }),
      claim({ id: 'constructor', stated: 3, measure: '__proto__', locations: ['__proto__', 'constructor'], outlet: 'toString' }),
    ]);
    expect(result.groups).toHaveLength(1);
    expect(result.relations).toHaveLength(1);
    expect(({} as Record<string, unknown>).stated).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  });
});

describe('claims that name no measure', () => {
  it('are grouped but never set side by side, and have no estimate', () => {
    const result = reconcile([
      claim({ id: 'a', stated: 3, measure: null, measureText: null }),
      claim({ id: 'b', stated: 300, measure: null, measureText: null }),
    ]);
    expect(result.groups.map((g) => [g.measure, g.claimIds])).toEqual([[null, ['a', 'b']]]);
    expect(result.relations).toEqual([]);
    expect(result.estimates).toEqual([]);
  });
});
