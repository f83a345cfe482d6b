import fc from 'fast-check';
import { loadDataset, type DatasetMapping } from '../../lib/datasets';
import { validateClaims } from '../../lib/schema/validate';

const mapping: DatasetMapping = {
  value: 'cases',
  source: 'source',
  locations: 'state',
  asOf: 'date',
  measure: { const: 'cases' },
};

const rows = [
  { date: '2020-04-01', state: 'NY', cases: '1,000', source: 'State health department' },
  { date: '2020-04-02', state: 'NY', cases: 1200, source: 'State health department' },
];

describe('loadDataset', () => {
  it('turns each row into a full claim that passes the claim schema', () => {
    const { claims, rejected } = loadDataset(rows, mapping, { origin: 'ny.csv' });
    expect(rejected).toEqual([]);
    expect(validateClaims(claims).rejected).toEqual([]);
    expect(claims[0]).toEqual({
      id: 'ny.csv:1',
      documentId: 'ny.csv',
      quote: 'NY 2020-04-01 cases 1,000 (row 1)',
      span: null,
      stated: 1000,
      statedText: '1,000',
      qualifier: 'exact',
      upper: null,
      hedge: null,
      unit: 'count',
      measure: 'cases',
      subMeasure: null,
      measureText: 'cases',
      locations: ['NY'],
      period: null,
      asOf: '2020-04-01',
      asOfBounds: null,
      attribution: null,
      source: { name: 'State health department', url: null, published: null },
    });
    expect(claims[1]).toMatchObject({ stated: 1200, statedText: '1200' });
  });

  it('numbers rows as the caller says (a CSV file counts its header as row 1)', () => {
    const { claims } = loadDataset(rows, mapping, { origin: 'ny.csv', rowNumbers: [2, 3] });
    expect(claims.map((c) => c.id)).toEqual(['ny.csv:2', 'ny.csv:3']);
    expect(claims[1]?.quote).toBe('NY 2020-04-02 cases 1200 (row 3)');
  });

  it('takes ids from a mapped id column', () => {
    const { claims } = loadDataset([{ ...rows[0], ref: ' A-17 ' }], { ...mapping, id: 'ref' });
    expect(claims[0]?.id).toBe('A-17');
  });

  it('reads several claims from one row with an array of mappings, ids carrying the measure', () => {
    const deaths: DatasetMapping = { ...mapping, value: 'deaths', measure: { const: 'Deaths' } };
    const { claims } = loadDataset([{ ...rows[0], deaths: '7' }], [mapping, deaths], { origin: 'ny.csv' });
    expect(claims.map((c) => [c.id, c.measure, c.stated])).toEqual([
      ['ny.csv:1:cases', 'cases', 1000],
      ['ny.csv:1:deaths', 'deaths', 7],
    ]);
  });

  it('reads hedges, ranges, periods, attribution and sources from columns or constants', () => {
    const full: DatasetMapping = {
      value: 'low',
      upper: 'high',
      qualifier: 'hedge',
      measure: 'what',
      unit: { const: 'count' },
      locations: { column: 'where', separator: ';' },
      asOf: 'as_of',
      period: { start: 'from', end: 'as_of' },
      source: 'outlet',
      url: 'link',
      published: 'published',
      speaker: 'who',
      organization: { const: 'Pentagon' },
    };
    const row = {
      low: '10',
      high: '12',
      hedge: 'between',
      what: 'Attacks',
      where: 'Syria; Iraq',
      as_of: '2023-10-27',
      from: '2023-10-17',
      outlet: 'Example News',
      link: 'https://example.org/a',
      published: '2023-10-28T08:00:00Z',
      who: 'Pat Ryder',
    };
    const { claims, rejected } = loadDataset([row, { ...row, hedge: 'at least', high: '' }], full);
    expect(rejected).toEqual([]);
    expect(claims[0]).toMatchObject({
      stated: 10,
      upper: 12,
      qualifier: 'range',
      hedge: null,
      measure: 'attacks',
      measureText: 'Attacks',
      locations: ['Iraq', 'Syria'],
      period: { start: '2023-10-17', end: '2023-10-27' },
      attribution: { speaker: 'Pat Ryder', organization: 'Pentagon' },
      source: { name: 'Example News', url: 'https://example.org/a', published: '2023-10-28' },
      quote: 'Syria, Iraq 2023-10-27 Attacks 10–12 (row 1)',
    });
    expect(claims[1]).toMatchObject({ qualifier: 'at-least', hedge: 'at least', upper: null });
    expect(claims[1]?.quote).toBe('Syria, Iraq 2023-10-27 Attacks at least 10 (row 2)');
  });

  it('reads a cumulative series as counting from an unknown start up to each date', () => {
    const { claims } = loadDataset(rows, { ...mapping, period: 'cumulative' });
    expect(claims[0]?.period).toEqual({ start: null, end: '2020-04-01' });
  });

  it('resolves places through place names and rejects places it does not know', () => {
    const { claims, rejected } = loadDataset(
      [...rows, { date: '2020-04-02', state: 'Diamond Princess', cases: '3', source: 'x' }],
      { ...mapping, placeNames: { 'N.Y.': 'New York' } },
      { placeNames: new Map([['NJ', 'New Jersey']]) },
    );
    expect(claims.map((c) => c.locations)).toEqual([['New York'], ['New York']]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ index: 2, field: '/state' });
    expect(rejected[0]?.reason).toBe(
      'input row 3: column "state": "Diamond Princess" is not a known place (add it to the mapping\'s placeNames)',
    );
  });

  it('lists every row that breaks the mapping with its row, column and reason, and goes on with the rest', () => {
    const broken = [
      { date: '2020-04-01', state: 'NY', cases: '', source: 'a' },
      { date: '2020-04-31', state: 'NY', cases: '12', source: 'a' },
      { date: '2020-04-03', state: 'NY', cases: 'n/a', source: 'a' },
      { date: '2020-04-04', cases: '5', source: 'a' },
      { date: '2020-04-05', state: 'NY', cases: '5', source: ' ' },
      'not a row',
      { date: '2020-04-06', state: 'NY', cases: { n: 1 }, source: 'a' },
      rows[0],
    ];
    const { claims, rejected } = loadDataset(broken, mapping, { origin: 'ny.csv', rowNumbers: [2, 3, 4, 5, 6, 7, 8, 9] });
    expect(claims).toHaveLength(1);
    expect(rejected.map((r) => [r.index, r.field, r.reason])).toEqual([
      [0, '/cases', 'ny.csv row 2: column "cases" is empty'],
      [1, '/date', 'ny.csv row 3: column "date": "2020-04-31" is not a date (expected YYYY-MM-DD)'],
      [2, '/cases', 'ny.csv row 4: column "cases": "n/a" is not a number'],
      [3, '/state', 'ny.csv row 5: has no column "state"'],
      [4, '/source', 'ny.csv row 6: column "source" is empty'],
      [5, '', 'ny.csv row 7: must be an object of column values, not a string'],
      [6, '/cases', 'ny.csv row 8: column "cases" must hold text, not an object'],
    ]);
    expect(rejected[0]?.record).toBe(broken[0]);
  });

  it('names the column when the finished claim breaks a rule of the claim schema', () => {
    const { rejected } = loadDataset([{ v: '12', hi: '10', q: 'range', date: '2020-04-01', state: 'NY', source: 'a' }], {
      ...mapping,
      value: 'v',
      upper: 'hi',
      qualifier: 'q',
    });
    expect(rejected[0]?.reason).toBe('input row 1: column "hi": /upper upper (10) of a range must not be below stated (12)');
    expect(rejected[0]?.field).toBe('/hi');
  });

  it('rejects a row whose id repeats an earlier one', () => {
    const { claims, rejected } = loadDataset(
      [
        { ...rows[0], ref: 'x' },
        { ...rows[1], ref: 'x' },
      ],
      { ...mapping, id: 'ref' },
      { rowNumbers: [2, 3] },
    );
    expect(claims).toHaveLength(1);
    expect(rejected[0]?.reason).toBe('input row 3: repeats the id of row 2');
  });

  it('never lets a column named __proto__ or constructor reach a prototype', () => {
    const row = JSON.parse('{"__proto__": "9", "date": "2020-04-01", "state": "NY", "source": "a"}');
    const { claims } = loadDataset([row], { ...mapping, value: '__proto__' });
    expect(claims[0]?.stated).toBe(9);
    const { rejected } = loadDataset([rows[0]], { ...mapping, value: 'constructor' });
    expect(rejected[0]?.reason).toBe('input row 1: has no column "constructor"');
    const placeNames = JSON.parse('{"__proto__": "Polluted", "NY": "New York"}');
    const result = loadDataset([rows[0]], { ...mapping, placeNames });
    expect(result.claims[0]?.locations).toEqual(['New York']);
    expect(Object.prototype).not.toHaveProperty('Polluted');
  });

  it('refuses a mapping that breaks its schema, naming each field', () => {
    // as JSON.parse would hand it over: TypeScript cannot see the missing field
    const broken = { value: 'cases', measure: { const: '' }, locations: 'state', source: 'source' } as unknown as DatasetMapping;
    expect(() => loadDataset(rows, broken)).toThrow(/the mapping is not valid: mapping: \/asOf is required; mapping: \/measure .*/);
    expect(() => loadDataset(rows, broken)).toThrow(expect.objectContaining({ code: 'invalid-mapping', record: 'input', field: '/asOf' }));
    expect(() => loadDataset(rows, [])).toThrow(/the array is empty/);
    const polluting = JSON.parse(
      '{"value": "cases", "measure": {"const": "cases"}, "locations": "state", "asOf": "date", "source": "source", "__proto__": {"id": "x"}}',
    );
    expect(() => loadDataset(rows, polluting)).toThrow('mapping: /__proto__ is not a known field');
    expect(({} as { id?: unknown }).id).toBeUndefined();
  });

  it('loses no row: every row under every mapping becomes a claim or a rejection', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(''),
      fc.constant(null),
      fc.constantFrom('1,000', '2020-04-01', 'NY'),
    );
    const row = fc.record({ date: cell, state: cell, cases: cell, source: cell }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(fc.oneof(row, cell), { maxLength: 30 }), (input) => {
        const deaths: DatasetMapping = { ...mapping, measure: { const: 'deaths' } };
        const { claims, rejected } = loadDataset(input, [mapping, deaths]);
        expect(claims.length + rejected.length).toBe(input.length * 2);
        expect(validateClaims(claims).rejected).toEqual([]);
      }),
    );
  });
});
