import '../../lib/testing';
import { matchers, registerMatchers } from '../../lib/testing';
import { loadDataset, type Claim, type Reconciliation, type Relation } from '../../lib/index';
import { makeClaim } from '../helpers/claims';

/** A reconciliation made by hand, so the matchers are tested apart from reconcile(). */
function reconciliation(claims: Claim[], relations: Relation[]): Reconciliation {
  return {
    claims,
    groups: [{ id: 'g1', measure: 'cases', locations: ['Missouri'], eventDate: null, claimIds: claims.map((c) => c.id) }],
    relations,
    findings: [],
    estimates: [],
    rejected: [],
  };
}

const datasetClaim = (id: string, source: string, stated: number, asOf = '2020-06-12'): Claim =>
  makeClaim({
    id,
    documentId: `${source}.csv`,
    quote: `MO ${asOf} cases ${stated} (row 7)`,
    span: null,
    stated,
    statedText: String(stated),
    qualifier: 'exact',
    hedge: null,
    measure: 'cases',
    measureText: 'cases',
    locations: ['Missouri'],
    period: { start: null, end: asOf },
    asOf,
    source: { name: source, url: null, published: null },
  });

const conflict = (a: Claim, b: Claim): Relation => {
  const gap = Math.abs(a.stated - b.stated);
  const relativeGap = gap / Math.max(a.stated, b.stated);
  return {
    kind: 'conflict',
    claimIds: [a.id, b.id],
    reason: `${a.source.name} has ${a.stated} and ${b.source.name} has ${b.stated} cases on the same day`,
    quotes: [a.quote, b.quote],
    severity: { level: relativeGap >= 0.5 ? 'high' : relativeGap >= 0.1 ? 'medium' : 'low', gap, relativeGap },
    consistent: null,
    certainty: 'established',
    missing: [],
  };
};

const jhu = datasetClaim('jhu:7', 'JHU CSSE', 15_000);
const ctp = datasetClaim('ctp:9', 'CTP', 14_900);
const nyt = datasetClaim('nyt:3', 'NYT', 9_000);
const result = reconciliation([jhu, ctp, nyt], [conflict(jhu, ctp), conflict(jhu, nyt)]);

function failureOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message.replace(/\u001b\[\d+m/g, '');
  }
  throw new Error('expected the assertion to fail');
}

describe('toHaveNoConflicts', () => {
  it('passes a reconciliation without conflicts and fails one with conflicts', () => {
    expect(reconciliation([jhu], [])).toHaveNoConflicts();
    expect(result).not.toHaveNoConflicts();
    expect(() => expect(result).toHaveNoConflicts()).toThrow();
  });

  it('fails with a message that reads like a discrepancy report, most severe first', () => {
    const message = failureOf(() => expect(result).toHaveNoConflicts());
    expect(message).toContain('2 conflicts that nobody has accepted (of 2 conflicts):');
    expect(message).toContain('1. cases in Missouri: 15000 (JHU CSSE) vs 9000 (NYT), medium severity, 40.0% apart (gap 6,000)');
    expect(message).toContain('   - JHU CSSE, as of Jun 12, 2020: 15000 “MO 2020-06-12 cases 15000 (row 7)” [jhu:7]');
    expect(message).toContain('   Why: JHU CSSE has 15000 and NYT has 9000 cases on the same day');
    expect(message.indexOf('vs 9000')).toBeLessThan(message.indexOf('vs 14900'));
    expect(message).not.toMatch(/Object \{|\[object Object\]/);
  });

  it('accepts conflicts by claim id, by the ids of one discrepancy, or by a predicate', () => {
    expect(result).toHaveNoConflicts({ allow: ['jhu:7'] });
    expect(result).not.toHaveNoConflicts({ allow: [['jhu:7', 'ctp:9']] });
    expect(result).toHaveNoConflicts({
      allow: [
        ['jhu:7', 'ctp:9'],
        ['nyt:3', 'jhu:7'],
      ],
    });
    expect(result).toHaveNoConflicts({ allow: (_relation, claims) => claims.some((c) => c.source.name === 'JHU CSSE') });
    const message = failureOf(() => expect(result).toHaveNoConflicts({ allow: [['jhu:7', 'ctp:9']] }));
    expect(message).toContain('1 conflict that nobody has accepted (of 2 conflicts; 1 allowed):');
  });

  it('limits long lists, saying how many more there are', () => {
    const many = Array.from({ length: 5 }, (_, i) => datasetClaim(`x:${i}`, `S${i}`, 100 + i * 50));
    const relations = many.slice(1).map((c) => conflict(many[0] as Claim, c));
    const message = failureOf(() => expect(reconciliation(many, relations)).toHaveNoConflicts({ maxListed: 2 }));
    expect(message).toContain('… and 2 more');
  });

  it('refuses what it cannot reconcile, saying what it accepts', () => {
    expect(failureOf(() => expect('nope').toHaveNoConflicts())).toContain('received must be a reconciliation, a loaded dataset');
  });
});

describe('toReconcileWithin', () => {
  it('passes conflicts within a relative or absolute tolerance and reports the rest', () => {
    expect(result).not.toReconcileWithin({ tolerance: 0.01 });
    const message = failureOf(() => expect(result).toReconcileWithin({ tolerance: 0.01 }));
    expect(message).toContain('1 conflict beyond tolerance 1% that nobody has accepted (of 2 conflicts; 1 within tolerance):');
    expect(message).toContain('15000 (JHU CSSE) vs 9000 (NYT)');
    expect(message).not.toContain('vs 14900');
    expect(result).toReconcileWithin({ tolerance: 0.01, allow: [['jhu:7', 'nyt:3']] });
    expect(result).toReconcileWithin({ tolerance: { absolute: 6000 } });
    expect(result).toReconcileWithin({ tolerance: 0.5 });
  });
});

describe('toHaveNoFindings', () => {
  // Reconciled for real: findings are built by reconcile(), and the matcher reconciles claims itself.
  const series = (source: string, values: number[]) =>
    values.map((stated, day) => datasetClaim(`${source}:${day}`, source, stated, `2020-06-1${day}`));
  const agreeing = [...series('JHU CSSE', [15_000, 15_100, 15_200]), ...series('CTP', [15_000, 15_100, 15_200])];
  const below = series('NYT', [9_000, 9_100, 9_200]);

  it('passes claims that add up to no finding and fails one source below the others, naming the finding', () => {
    expect(agreeing).toHaveNoFindings();
    expect([...agreeing, ...below]).not.toHaveNoFindings();
    const message = failureOf(() => expect([...agreeing, ...below]).toHaveNoFindings());
    expect(message).toContain('1 finding at or above low that nobody has accepted (of 1 finding):');
    expect(message).toContain(
      '1. (medium) cases in Missouri: NYT below CTP and JHU CSSE, Jun 10–12, 2020 (3 days): typically 6,000 apart (40%)',
    );
    expect(message).toContain('[disagreement:cases|Missouri:2020-06-10]');
    expect(message).toContain('   - NYT, as of Jun 10, 2020: 9000 “MO 2020-06-10 cases 9000 (row 7)” [NYT:0]');
    expect(message).toContain('   - … and 4 more of CTP, JHU CSSE');
    expect(message).toContain('allow: ["disagreement:cases|Missouri:2020-06-10"]');
  });

  it('accepts findings by id or by a predicate, and fails only at or above the level asked for', () => {
    const claims = [...agreeing, ...below];
    expect(claims).toHaveNoFindings({ allow: ['disagreement:cases|Missouri:2020-06-10'] });
    expect(claims).toHaveNoFindings({ allow: (finding) => finding.sides[0]?.sources.includes('NYT') === true });
    expect(claims).toHaveNoFindings({ level: 'high' });
    expect(claims).not.toHaveNoFindings({ level: 'medium' });
  });

  it('never fails on a small-count line', () => {
    const small = [...series('JHU CSSE', [1, 2, 3]), ...series('NYT', [5, 6, 7])];
    expect(small).toHaveNoFindings();
    expect(small).not.toHaveNoFindings({ reconcile: { findingCountFloor: 0 } });
  });
});

describe('toBeValidClaims', () => {
  it('passes valid claims and lists each invalid record with its field', () => {
    expect([jhu, ctp]).toBeValidClaims();
    const message = failureOf(() => expect([jhu, { ...ctp, qualifier: 'roughly' }, { id: 'x' }]).toBeValidClaims());
    expect(message).toContain('2 records of 3 are not valid claims:');
    expect(message).toContain('  - claim #2 (id ctp:9): /qualifier must be one of exact, at-least');
    expect(message).toContain('  - claim #3 (id x): /documentId is required');
  });

  it('fails a loaded dataset on each rejected row, naming its row and column', () => {
    const dataset = loadDataset(
      [
        { state: 'MO', date: '2020-06-12', cases: 'n/a' },
        { state: 'MO', date: '2020-06-13', cases: '12' },
      ],
      { value: 'cases', measure: { const: 'cases' }, locations: 'state', asOf: 'date', source: { const: 'Health Dept' } },
      { origin: 'mo.csv', rowNumbers: [2, 3] },
    );
    expect(dataset).not.toBeValidClaims();
    expect(failureOf(() => expect(dataset).toBeValidClaims())).toContain(
      '1 record of 2 is not valid claims:\n  - mo.csv row 2: column "cases": "n/a" is not a number',
    );
  });
});

describe('registration', () => {
  it('registers with an expect-like object and ignores anything else', () => {
    const registered: unknown[] = [];
    expect(registerMatchers({ extend: (m: unknown) => registered.push(m) })).toBe(true);
    expect(registered).toEqual([matchers]);
    expect(registerMatchers({})).toBe(false);
    expect(registerMatchers(null)).toBe(false);
  });
});
