import { validateClaims, type LoadedDataset } from '../../lib/index';
import { loadCovid } from './covid-data';

describe('the COVID fixture subset (CTP and JHU CSSE, five states, 2020)', () => {
  const { ctp, jhu } = loadCovid();

  it('reads every row of both files as a case and a death claim, or a rejection naming the empty cell', () => {
    // 1,551 CTP rows and 1,320 JHU rows, two claims each. CTP left 46 `positive` and
    // 84 `death` cells empty in February and March (counted with awk on the CSV); JHU has none.
    expect([ctp.claims.length, ctp.rejected.length]).toEqual([1551 * 2 - 130, 130]);
    expect([jhu.claims.length, jhu.rejected.length]).toEqual([1320 * 2, 0]);
    expect(ctp.rejected.filter((r) => r.field === '/positive')).toHaveLength(46);
    expect(ctp.rejected.filter((r) => r.field === '/death')).toHaveLength(84);
    expect(ctp.rejected[0]?.reason).toBe('ctp-states-2020.csv row 2 (deaths): column "death" is empty');
    expect(validateClaims([...ctp.claims, ...jhu.claims]).rejected).toEqual([]);
  });

  it('gives both sources the same canonical states, from postal codes and from names', () => {
    const states = (d: LoadedDataset) => [...new Set(d.claims.flatMap((c) => c.locations))].sort();
    expect(states(ctp)).toEqual(['Arkansas', 'Hawaii', 'Missouri', 'Nebraska', 'New Jersey']);
    expect(states(jhu)).toEqual(states(ctp));
  });

  it('keeps each figure as written, with a quote of its row and a cumulative period', () => {
    const drop = ctp.claims.find((c) => c.id === 'ctp-states-2020.csv:164:cases');
    expect(drop).toMatchObject({
      stated: 51992,
      locations: ['Arkansas'],
      asOf: '2020-08-15',
      period: { start: null, end: '2020-08-15' },
      source: { name: 'The COVID Tracking Project', url: null, published: null },
      quote: 'AR 2020-08-15 cases 51992 (row 164)',
    });
  });
});
