import { reconcile } from '../../lib/reconciliation/reconcile';
import { ClaimReconcilerError } from '../../lib/errors/messages';
import type { Rejected } from '../../lib/records';
import { makeClaim } from '../helpers/claims';

describe('reconcile() input and options', () => {
  it('lists every record that breaks the schema with its field, and reconciles the rest', () => {
    const good = makeClaim({ id: 'good' });
    const result = reconcile([good, { ...makeClaim({ id: 'bad' }), stated: 'twenty' }, 'not a claim'], { origin: 'claims.json' });
    expect(result.claims.map((c) => c.id)).toEqual(['good']);
    expect(result.groups.flatMap((g) => g.claimIds)).toEqual(['good']);
    expect(result.rejected.map((r) => [r.origin, r.index, r.id, r.field])).toEqual([
      ['claims.json', 1, 'bad', '/stated'],
      ['claims.json', 2, null, ''],
    ]);
    expect(result.rejected[0]!.reason).toContain('claim #2 (id bad): /stated must be a finite number');
  });

  it('carries records rejected upstream into the result', () => {
    const upstream: Rejected = { origin: 'rows.csv', index: 4, id: null, field: '/stated', reason: 'row 5: empty', record: {} };
    expect(reconcile([], { rejected: [upstream] }).rejected).toEqual([upstream]);
  });

  it.each([
    [{ sameFigureTolerance: -0.1 }, 'reconcile option sameFigureTolerance must be a finite number of at least 0, not -0.1'],
    [{ eventDateSlackDays: Number.NaN }, 'reconcile option eventDateSlackDays must be a finite number of at least 0, not NaN'],
    [{ levelWindowDays: '31' as unknown as number }, 'reconcile option levelWindowDays must be a finite number of at least 0, not 31'],
    [{ policy: 'median' as never }, 'estimate policy "median" is not one of conservative, range, best-estimate'],
  ])('refuses the option %j with a clear error', (options, message) => {
    expect(() => reconcile([makeClaim()], options)).toThrow(new ClaimReconcilerError(message));
  });

  it('gives an empty reconciliation for no claims', () => {
    expect(reconcile([])).toEqual({ claims: [], groups: [], relations: [], findings: [], estimates: [], rejected: [] });
  });
});
