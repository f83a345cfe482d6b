import fc from 'fast-check';
import { loadDocument } from '../../lib/documents/load';
import { extractClaims } from '../../lib/extraction/extract';
import { loadDataset } from '../../lib/datasets';
import { claimIssues } from '../../lib/schema/validate';
import { fuzzParameters, isLongRun, isoDate } from './arbitraries';

/**
 * Every record extraction or a dataset emits passes its schema, whatever
 * the publication date: "yesterday" in an article dated 0000-01-01, "next
 * Monday" in one dated 9999-12-31, "the past 12 months" near either end.
 * A date counted out of the years 0000-9999 is unknown, never a string such
 * as "-000001-12" that `claim-reconciler validate` refuses.
 */

jest.setTimeout(isLongRun ? 24 * 60 * 60 * 1000 : 60_000);

/** Phrases whose date is counted from the publication date or from a date before them. */
const WHEN = [
  'yesterday',
  'today',
  'tomorrow',
  'last night',
  'on Thursday',
  'on Sunday',
  'next Monday',
  'last week',
  'last month',
  'last year',
  'this week',
  'this month',
  'so far this year',
  'in the past week',
  'over the past month',
  'in the past 12 months',
  'during the last ten years',
  'three days ago',
  'a year ago',
  'eleven months ago',
  'since the start of the year',
  'since October 17',
  'between December 28 and January 3',
  'on December 31',
  'on January 1',
  'in October',
  'to date',
  'a day earlier',
  'two weeks later',
  'the previous day',
  'since then',
];

const sentence = fc
  .record({
    when: fc.constantFrom(...WHEN),
    count: fc.constantFrom(
      '21 soldiers were injured',
      'at least 19 attacks hit the base',
      '2,500 troops are deployed',
      'two strikes hit Syria',
    ),
    order: fc.boolean(),
  })
  .map(({ when, count, order }) =>
    order ? `Officials said ${when} that ${count}.` : `${count[0]!.toUpperCase()}${count.slice(1)} ${when}.`,
  );

/** Dates from 0000-01-01 to 9999-12-31, and the first and last weeks of the calendar more often. */
const headerDate = fc.oneof(
  isoDate,
  fc.constantFrom('0000-01-01', '0000-01-02', '0000-01-07', '0000-02-29', '0001-01-01', '9999-12-25', '9999-12-30', '9999-12-31'),
);

const article = fc.record({
  published: headerDate,
  sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }),
  header: fc.boolean(),
});

describe('dates counted from a publication date anywhere in years 0000-9999', () => {
  let cases = 0;
  let claims = 0;
  afterAll(() => console.log(`calendar edges: ${cases} documents, ${claims} claims, every one valid against the claim schema`));

  it('gives claims that pass the schema, from a header date or from a batch reference date', () => {
    fc.assert(
      fc.property(article, ({ published, sentences, header }) => {
        cases++;
        const body = sentences.join(' ');
        // with no header the date is only a batch reference: it gives years, and the text bounds the as-of date
        const document = header ? loadDocument(` date ${published} Outlet / \n${body}`, { id: 'doc' }) : loadDocument(body, { id: 'doc' });
        const extracted = extractClaims(document, header ? {} : { referenceDate: published });
        claims += extracted.length;
        for (const claim of extracted) expect([claim.asOf, claimIssues(claim)]).toEqual([claim.asOf, []]);
      }),
      fuzzParameters(400),
    );
  });

  it('reads "yesterday" in an article of 0000-01-01 as no date it cannot write', () => {
    const document = loadDocument(' date 0000-01-01 X / \nOfficials said yesterday that 21 soldiers were injured.', { id: 'doc' });
    const [claim] = extractClaims(document);
    expect(claim?.stated).toBe(21);
    expect(claimIssues(claim)).toEqual([]);
  });

  it('leaves the start of "the past month" unknown when it falls before year 0000, and keeps its end', () => {
    const document = loadDocument(' date 0000-01-03 X / \n21 soldiers were injured in the past month.', { id: 'doc' });
    const [claim] = extractClaims(document);
    expect(claim?.period).toEqual({ start: null, end: '0000-01-03' });
    expect(claimIssues(claim)).toEqual([]);
  });
});

describe('dataset dates anywhere in years 0000-9999, and past them', () => {
  const mapping = {
    value: 'n',
    measure: { const: 'cases' },
    locations: { const: ['Iraq'] },
    asOf: 'date',
    period: { start: 'from', end: 'to' },
    source: { const: 'desk' },
  };
  const cell = fc.oneof(
    isoDate,
    isoDate.map((d) => d.replace(/-/g, '')),
    isoDate.map((d) => `${d}T23:59:59Z`),
    fc.constantFrom('-000001-12-31', '+010000-01-01', '10000-01-01', '0000-00-00', '9999-12-32', '00000101', ''),
    fc.integer({ min: -1, max: 100_000_000 }),
  );

  it('makes every row a valid claim or a rejection that names its row', () => {
    let rows = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ n: fc.nat(100), date: cell, from: cell, to: cell }), { maxLength: 20 }), (batch) => {
        rows += batch.length;
        const { claims, rejected } = loadDataset(batch, mapping);
        expect(claims.length + rejected.length).toBe(batch.length);
        for (const claim of claims) expect(claimIssues(claim)).toEqual([]);
        for (const rejection of rejected) expect(rejection.reason).toMatch(/row \d+/);
      }),
      fuzzParameters(200),
    );
    console.log(`calendar edges: ${rows} dataset rows, each a valid claim or a named rejection`);
  });
});
