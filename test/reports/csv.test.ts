import { renderReport } from '../../lib/reports/render';
import { CSV_COLUMNS } from '../../lib/reports/csv';
import type { Reconciliation } from '../../lib/records';
import { makeClaim } from '../helpers/claims';
import { loadFixture } from './helpers';
import formulaPayloads from './fixtures/formula-payloads.json';

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

function table(result: Reconciliation): Record<string, string>[] {
  const [header, ...rows] = parseCsv(renderReport(result, { format: 'csv' }));
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('CSV export', () => {
  it('has one row per finding, then per relation, then per estimate, each with every column', () => {
    const result = loadFixture('seeds');
    const text = renderReport(result, { format: 'csv' });
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(result.findings.length + result.relations.length + result.estimates.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const records = rows.map((row) => row[0]);
    expect(records.filter((r) => r === 'finding')).toHaveLength(result.findings.length);
    expect(records.filter((r) => r === 'relation')).toHaveLength(result.relations.length);
    expect(records.lastIndexOf('finding')).toBeLessThan(records.indexOf('relation'));
    expect(records.lastIndexOf('relation')).toBeLessThan(records.indexOf('estimate'));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('opens with the findings, most weight first, with their dates, gaps, sides and summary', () => {
    const rows = table(loadFixture('every-verdict'));
    expect(rows.slice(0, 4).map((row) => [row.record, row.kind])).toEqual([
      ['finding', 'correction'],
      ['finding', 'disagreement'],
      ['finding', 'disagreement'],
      ['finding', 'breakdown'],
    ]);
    expect(rows[1]).toMatchObject({
      finding: 'disagreement:killed:Libya:2023-09-15',
      severity: 'medium',
      start: '2023-09-15',
      end: '2023-09-15',
      days: '1',
      dates: '1',
      typical_gap: '717',
      typical_relative_gap: '0.17925',
      direction: 'below',
      weight: '0.17925',
      outlets: 'Libya Health Ministry dataset | Benghazi Gazette, Global Wire',
      claim_ids: 'gov-1 | min-2 | rc-1',
    });
    expect(rows[1]?.reason).toContain('Libya Health Ministry dataset below Benghazi Gazette and Global Wire');
  });

  it('puts conflicts first among relations, with severity, figures, outlets, quotes and the finding each belongs to', () => {
    const all = table(loadFixture('every-verdict'));
    const rows = all.filter((row) => row.record === 'relation');
    expect(rows[0]).toMatchObject({ record: 'relation', kind: 'conflict', severity: 'high', gap: '8017', consistent: '' });
    expect(rows[0]?.figures).toBe('3283 killed | 11,300 killed');
    expect(rows[0]?.outlets).toBe('Libya Health Ministry dataset | Global Wire');
    expect(rows[0]?.quotes).toBe('deaths_total=3283 on 2023-09-15 | the death toll had reached 11,300');
    expect(rows[0]).toMatchObject({ finding: 'disagreement:killed:Libya:2023-09-15', certainty: 'established' });
    expect(rows.find((row) => row.kind === 'agree')?.finding).toBe('');
    const breakdown = rows.find((row) => row.kind === 'breakdown');
    expect(breakdown?.consistent).toBe('false');
    const estimate = all.find((row) => row.record === 'estimate' && row.measure === 'displaced');
    expect(estimate).toMatchObject({ low: '27000', best: '30000', high: '30000', policy: 'best-estimate' });
  });

  it('round-trips quotes with commas, double quotes and line breaks, and defuses spreadsheet formulas', () => {
    const tricky = makeClaim({ id: 'a', quote: '=HYPERLINK("http://x","19") attacks, "at least"\nnext line' });
    const other = makeClaim({ id: 'b', quote: '+20 attacks', stated: 20, statedText: '20' });
    const result: Reconciliation = {
      claims: [tricky, other],
      groups: [{ id: 'g', measure: 'attacks', locations: ['Iraq'], eventDate: null, claimIds: ['a', 'b'] }],
      relations: [
        {
          kind: 'compatible',
          claimIds: ['a', 'b'],
          reason: '-1 is not a formula',
          quotes: [tricky.quote, other.quote],
          severity: null,
          consistent: null,
          certainty: 'established',
          missing: [],
        },
      ],
      findings: [],
      estimates: [],
      rejected: [],
    };
    const [row] = table(result);
    expect(row?.quotes).toBe(`'${tricky.quote} | ${other.quote}`);
    expect(row?.reason).toBe("'-1 is not a formula");
  });
});

describe('CSV dates', () => {
  it('writes as-of dates as ISO, a bounded one as an ISO 8601 interval', () => {
    const rows = table(loadFixture('every-verdict'));
    const agree = rows.find((row) => row.kind === 'agree');
    expect(agree?.as_of).toBe('2023-09-16 | 2023-09-12/2023-09-30');
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  /** A reconciliation whose every text column starts with `text`: quotes, reason, speaker, outlet, measure, place, id, subject. */
  function withText(text: string): Reconciliation {
    const claim = (id: string, stated: number) =>
      makeClaim({
        id: `${text}${id}`,
        quote: text,
        stated,
        statedText: String(stated),
        measure: text,
        locations: [text],
        attribution: { speaker: text, organization: null },
        source: { name: text, url: null, published: '2023-10-27' },
      });
    const [a, b] = [claim('a', 19), claim('b', 20)];
    const group = { id: 'g', measure: text, locations: [text], eventDate: null, claimIds: [a.id, b.id] };
    return {
      claims: [a, b],
      groups: [group],
      relations: [
        {
          kind: 'compatible',
          claimIds: [a.id, b.id],
          reason: text,
          quotes: [a.quote, b.quote],
          severity: null,
          consistent: null,
          certainty: 'established',
          missing: [],
        },
      ],
      findings: [
        {
          id: text,
          kind: 'disagreement',
          summary: text,
          groupIds: ['g'],
          measure: text,
          locations: [text],
          sides: [
            { sources: [text], claimIds: [a.id] },
            { sources: [text], claimIds: [b.id] },
          ],
          direction: 'below',
          start: '2023-10-27',
          end: '2023-10-27',
          days: 1,
          dates: 1,
          gap: { typical: 1, typicalRelative: 0.05, largest: 1, largestRelative: 0.05 },
          pattern: null,
          level: 'low',
          weight: 0.05,
          relationIndexes: [0],
          claimIds: [a.id, b.id],
        },
      ],
      estimates: [
        {
          groupId: 'g',
          measure: text,
          asOf: '2023-10-27',
          low: 19,
          best: 20,
          high: 20,
          policy: 'best-estimate',
          support: { low: [a.id], best: [b.id], high: [b.id] },
        },
      ],
      rejected: [],
    };
  }
  const RELATION_COLUMNS = ['subject', 'measure', 'locations', 'claim_ids', 'said_by', 'outlets', 'quotes', 'reason'] as const;
  const ESTIMATE_COLUMNS = ['subject', 'measure', 'claim_ids'] as const;
  const FINDING_COLUMNS = ['subject', 'measure', 'locations', 'outlets', 'reason', 'finding'] as const;

  it.each(
    formulaPayloads.payloads.map(
      (p) => [p.why, p.prefixed ? 'prefixed in every text cell' : 'left as written', p.text, p.prefixed] as const,
    ),
  )('%s: %s', (_why, _expected, text, prefixed) => {
    const [finding, relation, estimate] = table(withText(text));
    const cells = [
      ...FINDING_COLUMNS.map((c) => finding?.[c]),
      ...RELATION_COLUMNS.map((c) => relation?.[c]),
      ...ESTIMATE_COLUMNS.map((c) => estimate?.[c]),
    ];
    for (const cell of cells) expect(cell?.startsWith(prefixed ? `'${text}` : text) && cell.startsWith("'") === prefixed).toBe(true);
  });
});
