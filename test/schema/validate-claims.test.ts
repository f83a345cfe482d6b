import { validateClaims, claimIssues } from '../../lib/schema/validate';
import { makeClaim } from '../helpers/claims';

describe('validateClaims', () => {
  it('accepts a valid claim and keeps it unchanged', () => {
    const claim = makeClaim();
    const result = validateClaims([claim]);
    expect(result.rejected).toEqual([]);
    expect(result.claims).toEqual([claim]);
  });

  it('names the record and the field when a qualifier is unknown', () => {
    const bad = { ...makeClaim({ id: 's002-2' }), qualifier: 'roughly' };
    const result = validateClaims([makeClaim({ id: 'a' }), makeClaim({ id: 'b' }), bad]);
    expect(result.claims.map((c) => c.id)).toEqual(['a', 'b']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.reason).toBe(
      'claim #3 (id s002-2): /qualifier must be one of exact, at-least, more-than, at-most, fewer-than, approximately, range',
    );
    expect(result.rejected[0]?.field).toBe('/qualifier');
    expect(result.rejected[0]?.record).toBe(bad);
  });

  it.each([
    ['a wrong type', { stated: '19' }, '/stated', 'must be a finite number, not a string'],
    ['an impossible date', { asOf: '2023-02-30' }, '/asOf', 'must be a calendar date that exists, written YYYY-MM-DD'],
    ['NaN', { stated: Number.NaN }, '/stated', 'must be a finite number, not NaN'],
    ['Infinity', { stated: Number.POSITIVE_INFINITY }, '/stated', 'must be a finite number, not Infinity'],
    [
      'a period that ends before it starts',
      { period: { start: '2023-10-27', end: '2023-10-20' } },
      '/period',
      'period ends (2023-10-20) before it starts (2023-10-27)',
    ],
    ['a range without its upper number', { qualifier: 'range' }, '/upper', 'a range needs its upper number'],
  ])('rejects %s, naming the field', (_label, override, field, message) => {
    const record = { ...makeClaim(), ...override };
    const issues = claimIssues(record);
    expect(issues).toContainEqual({ field, message });
  });

  it('names a missing field by its pointer', () => {
    const { measure: _dropped, ...record } = makeClaim();
    expect(claimIssues(record)).toEqual([{ field: '/measure', message: 'is required' }]);
  });

  it('rejects a record that is not an object, by position', () => {
    const result = validateClaims(['not a claim', makeClaim()], 'claims.ndjson');
    expect(result.claims).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ origin: 'claims.ndjson', index: 0, id: null, field: '' });
    expect(result.rejected[0]?.reason).toBe('claim #1: (record) must be an object, not not a claim');
  });

  it('rejects the later of two records with the same id and keeps the first', () => {
    const first = makeClaim({ id: 'dup', stated: 1 });
    const second = makeClaim({ id: 'dup', stated: 2 });
    const result = validateClaims([first, second]);
    expect(result.claims).toEqual([first]);
    expect(result.rejected[0]?.reason).toBe('claim #2 (id dup): /id repeats the id of claim #1');
  });

  it('rejects a __proto__ key as an unknown field without touching prototypes', () => {
    const record = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(makeClaim()).slice(1)}`);
    const result = validateClaims([record]);
    expect(result.rejected[0]?.field).toBe('/__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('loses nothing: claims plus rejected equals the input', () => {
    const records = [makeClaim({ id: 'x' }), null, 42, makeClaim({ id: 'y', stated: Number.NaN }), makeClaim({ id: 'x' })];
    const result = validateClaims(records);
    expect(result.claims.length + result.rejected.length).toBe(records.length);
  });
});
