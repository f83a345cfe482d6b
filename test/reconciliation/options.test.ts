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
    [
      { sameFigureTolerance: -0.1 },
      'sameFigureTolerance',
      'reconcile option sameFigureTolerance must be a finite number of at least 0, not -0.1',
    ],
    [
      { eventDateSlackDays: Number.NaN },
      'eventDateSlackDays',
      'reconcile option eventDateSlackDays must be a finite number of at least 0, not NaN',
    ],
    [
      { levelWindowDays: '31' as unknown as number },
      'levelWindowDays',
      'reconcile option levelWindowDays must be a finite number of at least 0, not 31',
    ],
    [{ policy: 'median' as never }, 'policy', 'estimate policy "median" is not one of conservative, range, best-estimate'],
  ])('refuses the option %j with an error naming the option', (options, field, message) => {
    let error: unknown;
    try {
      reconcile([makeClaim()], options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClaimReconcilerError);
    expect(error).toMatchObject({ code: 'invalid-option', field, record: null, message });
  });

  it.each([['not an array'], [null], [{ claims: [] }], [undefined]])(
    'refuses records that are not an array (%j) with an invalid-argument error',
    (records) => {
      expect(() => reconcile(records as never)).toThrow(ClaimReconcilerError);
      expect(() => reconcile(records as never)).toThrow(
        /^reconcile\(\) takes an array of records, not (a string|null|an object|undefined)$/,
      );
      expect(() => reconcile(records as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    },
  );

  it('gives an empty reconciliation for no claims', () => {
    expect(reconcile([])).toEqual({ claims: [], groups: [], relations: [], findings: [], estimates: [], rejected: [] });
  });
});
