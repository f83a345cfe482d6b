import { Readable } from 'node:stream';
import {
  csvRowEvents,
  parseCsv,
  parseJsonRows,
  parseNdjsonRows,
  readDataset,
  readDatasetStream,
  datasetFormatOf,
  type DatasetMapping,
  type RowEvent,
} from '../../lib/datasets';

const mapping: DatasetMapping = {
  value: 'cases',
  measure: { const: 'cases' },
  locations: 'state',
  asOf: 'date',
  source: { const: 'Health Dept' },
};

describe('parseCsv', () => {
  it('keys rows by the header, reads quoted commas and line breaks, and numbers rows by the line they start on', () => {
    const text = '\uFEFFdate,state,note\r\n2020-04-01,NY,"a, b"\r\n\r\n2020-04-02,NJ,"two\nlines"\r\n2020-04-03,CT,x\r\n';
    const parsed = parseCsv(text, 'x.csv');
    expect(parsed.columns).toEqual(['date', 'state', 'note']);
    expect(parsed.rows.map((r) => ({ ...r }))).toEqual([
      { date: '2020-04-01', state: 'NY', note: 'a, b' },
      { date: '2020-04-02', state: 'NJ', note: 'two\nlines' },
      { date: '2020-04-03', state: 'CT', note: 'x' },
    ]);
    expect(parsed.rowNumbers).toEqual([2, 4, 6]);
    expect(parsed.unreadable).toEqual([]);
  });

  it('reports a record with the wrong number of fields with its row, keeps stray quotes as written, and reads the rest', () => {
    const parsed = parseCsv('a,b\n1,2\n3\n4,5\n6,"7"x\n', 'x.csv');
    expect(parsed.rows.map((r) => ({ ...r }))).toEqual([
      { a: '1', b: '2' },
      { a: '4', b: '5' },
      { a: '6', b: '"7"x' },
    ]);
    expect(parsed.indexes).toEqual([0, 2, 3]);
    expect(parsed.unreadable.map((r) => [r.index, r.reason])).toEqual([[1, 'x.csv row 3: has 1 fields where the header has 2']]);
  });

  it('reports a quote that is never closed at the row it opens on, with the rows it swallowed', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"4\n5,6\n7,8\n9,10\n', 'x.csv');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.unreadable.map((r) => r.reason)).toEqual([
      expect.stringMatching(
        /^x\.csv row 3: is not readable CSV: a quote opened on this row is never closed, so rows 3 to 6 \(4 rows\) were read as one cell/,
      ),
    ]);
  });

  it('refuses a header that names a column twice, and a file with no header', () => {
    expect(() => parseCsv('a,b,a\n1,2,3\n', 'x.csv')).toThrow('x.csv: column "a" appears twice in the header');
    expect(() => parseCsv('\n\n', 'x.csv')).toThrow('x.csv: the CSV file has no header row naming its columns');
  });

  it('makes a column named __proto__ an ordinary key', () => {
    const parsed = parseCsv('__proto__,b\n1,2\n');
    expect(Object.prototype.hasOwnProperty.call(parsed.rows[0], '__proto__')).toBe(true);
    expect(parsed.rows[0]?.__proto__).toBe('1');
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });

  it('gives the same rows, numbers and rejections when streamed', async () => {
    const text = 'a,b\n1,2\n3\n\n"4\n4",5\n6,7\n';
    const events: RowEvent[] = [];
    for await (const event of csvRowEvents(Readable.from([text.slice(0, 7), text.slice(7)]), 'x.csv')) events.push(event);
    const parsed = parseCsv(text, 'x.csv');
    const rows = events.filter((e): e is Extract<RowEvent, { kind: 'row' }> => e.kind === 'row');
    expect(rows.map((e) => ({ ...e.row }))).toEqual(parsed.rows.map((r) => ({ ...r })));
    expect(rows.map((e) => e.rowNumber)).toEqual(parsed.rowNumbers);
    expect(events.filter((e) => e.kind === 'unreadable').map((e) => (e.kind === 'unreadable' ? e.rejected : null))).toEqual(
      parsed.unreadable,
    );
  });
});

describe('NDJSON and JSON rows', () => {
  it('numbers NDJSON rows by line, skips blank lines and reports a line that is not JSON', () => {
    const parsed = parseNdjsonRows('{"a":1}\n\n{oops}\r\n{"a":2}\n', 'x.ndjson');
    expect(parsed.rows).toEqual([{ a: 1 }, { a: 2 }]);
    expect(parsed.rowNumbers).toEqual([1, 4]);
    expect(parsed.unreadable[0]?.reason).toMatch(/^x\.ndjson line 3 is not valid JSON/);
  });

  it('reads a JSON array of rows and refuses anything else', () => {
    expect(parseJsonRows('[{"a":1}]').rows).toEqual([{ a: 1 }]);
    expect(() => parseJsonRows('{"a":1}', 'x.json')).toThrow('x.json: a JSON dataset must be an array of row objects, not an object');
  });

  it('knows dataset files by their extension', () => {
    expect(['a.CSV', 'b.json', 'c.ndjson', 'd.jsonl', 'e.txt'].map(datasetFormatOf)).toEqual(['csv', 'json', 'ndjson', 'ndjson', null]);
  });
});

describe('readDataset', () => {
  const csv = 'date,state,cases\n2020-04-01,NY,"1,000"\n2020-04-02,NY\n2020-04-03,NY,n/a\n2020-04-04,NY,12\n';

  it('loads a CSV file: unreadable records and broken rows are rejected in file order, the rest are claims', () => {
    const { claims, rejected } = readDataset(csv, mapping, { format: 'csv', origin: 'ny.csv' });
    expect(claims.map((c) => [c.id, c.stated])).toEqual([
      ['ny.csv:2', 1000],
      ['ny.csv:5', 12],
    ]);
    expect(rejected.map((r) => [r.index, r.reason])).toEqual([
      [1, 'ny.csv row 3: has 2 fields where the header has 3'],
      [2, 'ny.csv row 4: column "cases": "n/a" is not a number'],
    ]);
  });

  it('says up front when the mapping names a column the file does not have', () => {
    expect(() => readDataset(csv, { ...mapping, value: 'Cases' }, { format: 'csv', origin: 'ny.csv' })).toThrow(
      'ny.csv: the mapping names column(s) that the file does not have: "Cases". Its columns: date, state, cases',
    );
  });

  it('gives the same result streamed as read whole, for CSV and NDJSON', async () => {
    const whole = readDataset(csv, mapping, { format: 'csv', origin: 'ny.csv' });
    expect(await readDatasetStream(Readable.from([csv]), mapping, { format: 'csv', origin: 'ny.csv' })).toEqual(whole);
    const ndjson = '{"date":"2020-04-01","state":"NY","cases":5}\nnot json\n{"date":"2020-04-02","state":"NY","cases":""}\n';
    const wholeNdjson = readDataset(ndjson, mapping, { format: 'ndjson', origin: 'ny.ndjson' });
    expect(wholeNdjson.rejected).toHaveLength(2);
    expect(await readDatasetStream(Readable.from([ndjson]), mapping, { format: 'ndjson', origin: 'ny.ndjson' })).toEqual(wholeNdjson);
  });
});
