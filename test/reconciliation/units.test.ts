/**
 * Figures in other units are compared in their base unit; different
 * dimensions never meet; an amount of change never meets a level.
 */
import { reconcile } from '../../lib/reconciliation/reconcile';
import type { Change, Claim, Reconciliation } from '../../lib/records';
import { makeClaim } from '../helpers/claims';

const figure = (id: string, outlet: string, stated: number, unit: string, extra: Partial<Claim> = {}): Claim =>
  makeClaim({
    id,
    documentId: `doc-${id}`,
    quote: `${stated} ${unit}`,
    statedText: String(stated),
    stated,
    unit,
    qualifier: 'exact',
    hedge: null,
    measure: null,
    measureText: 'the driving range',
    locations: [],
    period: null,
    source: { name: outlet, url: null, published: '2023-10-27' },
    ...extra,
  });

const change = (direction: Change['direction'], figure: Change['figure']): Change => ({ direction, figure, from: null, words: 'rose' });

function groupOf(result: Reconciliation, id: string): string {
  return result.groups.find((g) => g.claimIds.includes(id))!.id;
}

const relationBetween = (result: Reconciliation, a: string, b: string) =>
  result.relations.filter((r) => r.claimIds.includes(a) && r.claimIds.includes(b));

describe('units in reconciliation', () => {
  it('compares 5 km with about 3.1 miles in metres, where they overlap', () => {
    const result = reconcile([
      figure('km', 'Outlet A', 5, 'km'),
      figure('mi', 'Outlet B', 3.1, 'mi', { qualifier: 'approximately', hedge: 'about' }),
    ]);
    expect(groupOf(result, 'km')).toBe(groupOf(result, 'mi'));
    expect(relationBetween(result, 'km', 'mi').map((r) => r.kind)).toEqual(['compatible']);
  });

  it('names each figure with its own unit in the reason', () => {
    const result = reconcile([
      figure('km', 'Outlet A', 5, 'km', { unitText: 'km' }),
      figure('mi', 'Outlet B', 8, 'mi', { unitText: 'miles' }),
      figure('usd', 'Outlet A', 5, 'USD', { unitText: '$', dimension: 'currency', measureText: 'fare' }),
      figure('usd2', 'Outlet B', 9, 'USD', { measureText: 'fare' }),
    ]);
    const [distances] = relationBetween(result, 'km', 'mi');
    expect(distances!.reason).toContain('5 km');
    expect(distances!.reason).toContain('8 miles');
    const [fares] = relationBetween(result, 'usd', 'usd2');
    expect(fares!.reason).toContain('$5');
    expect(fares!.reason).toContain('9 USD');
  });

  it('finds 5 km against 8 miles a conflict once both are in metres', () => {
    const result = reconcile([figure('km', 'Outlet A', 5, 'km'), figure('mi', 'Outlet B', 8, 'mi')]);
    expect(relationBetween(result, 'km', 'mi').map((r) => r.kind)).toEqual(['conflict']);
  });

  it('never sets a length beside a mass, nor dollars beside euros', () => {
    const result = reconcile([
      figure('km', 'Outlet A', 5, 'km'),
      figure('kg', 'Outlet B', 5, 'kg'),
      figure('usd', 'Outlet A', 5, 'USD'),
      figure('eur', 'Outlet B', 5, 'EUR'),
    ]);
    expect(new Set(['km', 'kg', 'usd', 'eur'].map((id) => groupOf(result, id))).size).toBe(4);
    expect(result.relations).toEqual([]);
  });

  it('keeps percent and percentage points apart, and meets a third with 33%', () => {
    const result = reconcile([
      figure('pct', 'Outlet A', 33, 'percent', { qualifier: 'approximately', hedge: 'about' }),
      figure('third', 'Outlet B', 1 / 3, 'fraction', { statedText: 'a third' }),
      figure('pp', 'Outlet C', 33, 'pp'),
    ]);
    expect(groupOf(result, 'pct')).toBe(groupOf(result, 'third'));
    expect(groupOf(result, 'pp')).not.toBe(groupOf(result, 'pct'));
    expect(relationBetween(result, 'pct', 'third').map((r) => r.kind)).toEqual(['compatible']);
  });

  it('never compares an amount of change with a level', () => {
    const result = reconcile([
      figure('by', 'Outlet A', 35, 'mi', { change: change('up', 'amount') }),
      figure('to', 'Outlet B', 287, 'mi', { change: change('up', 'level') }),
      figure('level', 'Outlet C', 252, 'mi'),
    ]);
    expect(groupOf(result, 'by')).not.toBe(groupOf(result, 'to'));
    expect(groupOf(result, 'to')).toBe(groupOf(result, 'level'));
    expect(relationBetween(result, 'by', 'to')).toEqual([]);
    expect(relationBetween(result, 'by', 'level')).toEqual([]);
  });

  it('reads an amount down as negative: "rose 2%" and "fell 2%" conflict, two rises of 2% agree', () => {
    const result = reconcile([
      figure('up', 'Outlet A', 2, 'percent', { change: change('up', 'amount'), measureText: 'inflation' }),
      figure('down', 'Outlet B', 2, 'percent', { change: change('down', 'amount'), measureText: 'inflation' }),
      figure('up2', 'Outlet C', 2, 'percent', { change: change('up', 'amount'), measureText: 'inflation' }),
    ]);
    expect(relationBetween(result, 'up', 'down').map((r) => r.kind)).toEqual(['conflict']);
    expect(relationBetween(result, 'up', 'up2').map((r) => r.kind)).toEqual(['agree']);
  });

  it('keeps a unit code the table does not know as its own base', () => {
    const result = reconcile([
      figure('a', 'Outlet A', 5, 'widgets'),
      figure('b', 'Outlet B', 5, 'widgets'),
      figure('c', 'Outlet C', 5, 'count'),
    ]);
    expect(groupOf(result, 'a')).toBe(groupOf(result, 'b'));
    expect(groupOf(result, 'a')).not.toBe(groupOf(result, 'c'));
  });
});
