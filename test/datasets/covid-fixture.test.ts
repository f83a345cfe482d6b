import countBy from 'lodash/countBy.js';
import groupBy from 'lodash/groupBy.js';
import '../../lib/testing';
import {
  createLexicon,
  healthLexiconData,
  reconcile,
  validateClaims,
  type Claim,
  type LoadedDataset,
  type Reconciliation,
  type Relation,
} from '../../lib/index';
import { loadCovid } from './covid-data';
import { renderReport } from '../../lib/reports/render';

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

describe('reconciling the COVID subset', () => {
  const { ctp, jhu } = loadCovid();
  const claims = [...ctp.claims, ...jhu.claims];
  const rejected = [...ctp.rejected, ...jhu.rejected];
  // A health desk's lexicon: under the default (armed conflict) one, deaths are the killed among casualties.
  const lexicon = createLexicon(healthLexiconData);
  const strict = reconcile(claims, { rejected, lexicon });
  const within2 = reconcile(claims, { rejected, lexicon, sameFigureTolerance: 0.02 });
  const byId = new Map(claims.map((c) => [c.id, c]));

  /** The relation between two claims, whichever order reconcile() named them in. */
  const relationOf = (result: Reconciliation, a: string, b: string): Relation | undefined =>
    result.relations.find((r) => r.claimIds.length === 2 && r.claimIds.includes(a) && r.claimIds.includes(b));
  const count = (result: Reconciliation) => countBy(result.relations, (r) => r.kind);

  /** The same day's figure from both sources, for every state, measure and day both report. */
  function sameDayPairs(): [Claim, Claim][] {
    const jhuByKey = new Map(jhu.claims.map((c) => [`${c.locations[0]}|${c.measure}|${c.asOf}`, c]));
    return ctp.claims.flatMap((c) => {
      const other = jhuByKey.get(`${c.locations[0]}|${c.measure}|${c.asOf}`);
      return other ? [[c, other] as [Claim, Claim]] : [];
    });
  }

  /** Consecutive figures of one source's series that go down. */
  function falls(dataset: LoadedDataset): [Claim, Claim][] {
    const series = groupBy(dataset.claims, (c) => `${c.locations[0]}|${c.measure}`);
    return Object.values(series).flatMap((list) => {
      const sorted = [...list].sort((a, b) => ((a.asOf ?? '') < (b.asOf ?? '') ? -1 : 1));
      return sorted
        .slice(1)
        .flatMap((later, i) => (later.stated < (sorted[i] as Claim).stated ? [[sorted[i] as Claim, later] as [Claim, Claim]] : []));
    });
  }

  it('puts every claim in exactly one group: one per state and measure', () => {
    expect(within2.groups).toHaveLength(10);
    expect([...new Set(within2.groups.map((g) => g.measure))].sort()).toEqual(['cases', 'deaths']);
    const grouped = within2.groups.flatMap((g) => g.claimIds);
    expect(grouped.sort()).toEqual(claims.map((c) => c.id).sort());
    expect(within2.rejected).toHaveLength(130);
  });

  it('lets same-day figures within the tolerance agree, and makes those beyond it conflicts with a severity from their gap', () => {
    const pairs = sameDayPairs();
    expect(pairs.length).toBeGreaterThan(2000);
    for (const [a, b] of pairs) {
      const relation = relationOf(within2, a.id, b.id);
      const gap = Math.abs(a.stated - b.stated);
      const relativeGap = gap / Math.max(a.stated, b.stated, 1);
      if (relativeGap <= 0.02) {
        expect(relation?.kind).toBe('agree');
        continue;
      }
      expect(relation?.kind).toBe('conflict');
      expect(relation?.severity?.gap).toBe(gap);
      expect(relation?.severity?.relativeGap).toBeCloseTo(relativeGap, 5);
      expect(relation?.severity?.level).toBe(relativeGap >= 0.5 ? 'high' : relativeGap >= 0.1 ? 'medium' : 'low');
    }
  });

  it('gives every step down of a source its own correction, and never passes one over', () => {
    const steps = [...falls(ctp), ...falls(jhu)];
    // Arkansas cases, 52,392 on Aug 14 then 51,992 on Aug 15, in both sources; Hawaii and Nebraska among the rest.
    expect(steps.length).toBe(50);
    for (const [earlier, later] of steps) expect(relationOf(strict, earlier.id, later.id)?.kind).toBe('correction');
    for (const [earlier, later] of steps) {
      const relation = relationOf(within2, earlier.id, later.id);
      // The tolerance absorbs differences between sources, never a source's own step down.
      expect(relation?.kind).toBe('correction');
    }
  });

  it('gives each verdict the meaning DESIGN.md states, on every relation', () => {
    for (const result of [strict, within2]) {
      for (const relation of result.relations) {
        const [a, b] = relation.claimIds.map((id) => byId.get(id) as Claim);
        const [earlier, later] = (a?.asOf ?? '') <= (b?.asOf ?? '') ? [a, b] : [b, a];
        if (!earlier || !later) throw new Error(`relation names an unknown claim: ${relation.claimIds.join(', ')}`);
        const sameSource = earlier.source.name === later.source.name;
        if (relation.kind === 'progression') expect(later.stated).toBeGreaterThanOrEqual(earlier.stated);
        if (relation.kind === 'correction')
          expect([sameSource, later.stated < earlier.stated || earlier.asOf === later.asOf]).toEqual([true, true]);
        if (relation.kind === 'conflict') {
          expect(sameSource).toBe(false);
          expect(relation.severity).not.toBeNull();
          if (earlier.asOf !== later.asOf) expect(later.stated).toBeLessThan(earlier.stated);
        }
      }
    }
  });

  it('pins the count of each verdict', () => {
    // Checked by hand: fixtures/covid/check-verdicts.py re-derives these counts from the CSV
    // files alone (DESIGN.md's verdicts; the pairs of lib/reconciliation/relate: same-day
    // figures, day-to-day along one series, and each figure against its own source's last and
    // the other source's highest earlier figure), sharing no code with reconcile(). Spot checks
    // in the CSVs: Arkansas cases fall 52,392 -> 51,992 on Aug 15 in both sources (2 corrections);
    // Arkansas cases on Aug 12 are 51,114 (CTP) and 51,096 (JHU): a low conflict strictly, agreement within 2%.
    expect(count(strict)).toEqual({ progression: 2930, agree: 852, conflict: 1789, correction: 50 });
    expect(count(within2)).toEqual({ progression: 2930, agree: 1916, conflict: 725, correction: 50 });
    const arkansasAug12 = relationOf(strict, 'ctp-states-2020.csv:161:cases', 'jhu-states-2020.csv:124:cases');
    expect(arkansasAug12?.severity).toEqual({ level: 'low', gap: 18, relativeGap: expect.closeTo(18 / 51114, 6) });
    expect(relationOf(within2, 'ctp-states-2020.csv:161:cases', 'jhu-states-2020.csv:124:cases')?.kind).toBe('agree');
  });

  it('fails toReconcileWithin on the conflicts beyond the tolerance, most severe first, with figures and quotes', () => {
    const dataset = { claims, rejected };
    let message = '';
    try {
      expect(dataset).toReconcileWithin({ tolerance: 0.02, maxListed: 3, reconcile: { lexicon } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('725 conflicts beyond tolerance 2% that nobody has accepted (of 725 conflicts):');
    const conflicts = within2.relations.filter((r) => r.kind === 'conflict');
    const widest = Math.max(...conflicts.map((r) => r.severity?.relativeGap ?? 0));
    const worst = conflicts.find((r) => r.severity?.relativeGap === widest) as Relation;
    const [a, b] = worst.claimIds.map((id) => byId.get(id) as Claim);
    expect(message).toContain(
      `1. ${a?.measure} in ${a?.locations[0]}: ${a?.statedText} (${a?.source.name}) vs ${b?.statedText} (${b?.source.name}), ${worst.severity?.level} severity`,
    );
    expect(message).toContain(`   - ${a?.source.name}, as of `);
    expect(message).toContain(`“${a?.quote}” [${a?.id}]`);
    expect(message).toContain('… and 722 more');
    expect(message).toContain('Also 130 records rejected before reconciling');
    const onlyMedium = (relation: Relation) => relation.severity?.level !== 'medium';
    expect(() => expect(dataset).toReconcileWithin({ tolerance: 0.02, allow: onlyMedium, reconcile: { lexicon } })).toThrow(
      /medium severity/,
    );
    expect(dataset).toReconcileWithin({ tolerance: 0.02, allow: () => true, reconcile: { lexicon } });
  });

  it('pins the findings: how many of each kind, and the three that weigh most', () => {
    // Checked by hand: fixtures/covid/check-findings.py re-derives these from the CSV files alone
    // (python3 check-findings.py 0.02, and 0), from the rules of docs/reconciliation.md and the
    // verdicts of check-verdicts.py, sharing no code with reconcile(). New Jersey's deaths: JHU
    // CSSE about 1,650 (14%) below CTP from Apr 12 to Jun 24, CTP counting probable deaths.
    const kinds = (result: Reconciliation) => countBy(result.findings, (f) => f.kind);
    expect(kinds(strict)).toEqual({ disagreement: 229, correction: 50, 'small-counts': 1 });
    expect(kinds(within2)).toEqual({ disagreement: 141, correction: 50, 'small-counts': 1 });
    const heaviest = (result: Reconciliation) => result.findings.slice(0, 3).map((f) => [f.id, f.end, f.weight]);
    expect(heaviest(within2)).toEqual([
      ['disagreement:deaths|New Jersey:2020-04-12', '2020-06-24', 10.035434],
      ['disagreement:cases|Missouri:2020-07-02', '2020-12-31', 7.925278],
      ['disagreement:deaths|Missouri:2020-04-12', '2020-05-11', 2.390746],
    ]);
    expect(heaviest(strict)[2]).toEqual(['disagreement:deaths|Missouri:2020-07-01', '2020-09-29', 2.743458]);
    expect(within2.findings[0]).toMatchObject({
      sides: [{ sources: ['JHU CSSE'] }, { sources: ['The COVID Tracking Project'] }],
      direction: 'below',
      days: 74,
      level: 'medium',
    });
  });

  it('puts every conflict and correction in exactly one finding', () => {
    for (const result of [strict, within2]) {
      const owners = new Map<number, number>();
      for (const finding of result.findings) for (const i of finding.relationIndexes) owners.set(i, (owners.get(i) ?? 0) + 1);
      const discrepancies = result.relations.flatMap((r, i) => (r.kind === 'conflict' || r.kind === 'correction' ? [i] : []));
      expect(discrepancies.filter((i) => owners.get(i) !== 1)).toEqual([]);
    }
  });

  it('opens its Markdown report with the findings, summary and top ten on one screen', () => {
    const report = renderReport(within2, { format: 'markdown' });
    const screen = report.split('\n').slice(0, 40).join('\n');
    expect(screen).toContain('**192 findings**: 141 disagreements between sources, 50 corrections, small counts in 1 subject.');
    expect(screen).toContain('Top findings (10 of 192), most weight first:');
    expect(screen).toContain(
      '1. **F1** (medium) deaths in New Jersey: JHU CSSE below The COVID Tracking Project, Apr 12 – Jun 24, 2020 (74 days)',
    );
    expect(screen).toMatch(/\n10\. \*\*F10\*\*/);
  });

  it('fails toHaveNoFindings at medium on the findings nobody accepted, and passes once they are', () => {
    const dataset = { claims, rejected };
    const medium = within2.findings.filter((f) => f.kind !== 'small-counts' && f.level !== 'low');
    expect(medium.length).toBeGreaterThan(0);
    expect(dataset).not.toHaveNoFindings({ level: 'medium', reconcile: { lexicon, sameFigureTolerance: 0.02 } });
    expect(dataset).toHaveNoFindings({
      level: 'medium',
      allow: medium.map((f) => f.id),
      reconcile: { lexicon, sameFigureTolerance: 0.02 },
    });
  });
});
