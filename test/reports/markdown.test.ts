import fc from 'fast-check';
import { renderReport } from '../../lib/reports/render';
import { reconcile } from '../../lib/reconciliation/reconcile';
import type { Reconciliation } from '../../lib/records';
import { makeClaim } from '../helpers/claims';
import { loadFixture, permutation, reordered, seedDocuments } from './helpers';

const markdown = (result: Reconciliation) => renderReport(result, { format: 'markdown' });

/** Every row of every table has as many cells as its header: no text from a source split a row. */
function expectWholeTableRows(report: string): void {
  const cells = (line: string) => line.split(/(?<!\\)\|/).length;
  let header: number | null = null;
  for (const line of report.split('\n')) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    if (header === null) header = cells(line);
    else expect({ line, cells: cells(line) }).toEqual({ line, cells: header });
  }
}

function section(report: string, heading: string): string {
  const start = report.indexOf(`\n## ${heading}`);
  if (start < 0) return '';
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start, next < 0 ? undefined : next);
}

describe('Markdown report of the seed articles', () => {
  const result = loadFixture('seeds');
  const report = renderReport(result, { format: 'markdown', documents: seedDocuments() });

  it('opens with the counts: documents, claims, subjects and each verdict', () => {
    const head = report.slice(0, report.indexOf('\n## '));
    expect(head).toContain(`5 documents · ${result.claims.length} claims · ${result.groups.length} subjects`);
    for (const kind of ['conflict', 'agree', 'progression', 'breakdown', 'scope', 'compatible', 'distinct-events', 'correction']) {
      const count = result.relations.filter((r) => r.kind === kind).length;
      expect(head).toContain(`| ${kind} | ${count} |`);
    }
  });

  it('puts the 19 brain injuries against 21 injured before the agreements, with outlets, dates and exact quotes', () => {
    const conflicts = section(report, 'Conflicts');
    expect(conflicts).toContain('19 traumatic brain injuries vs 21 injured');
    expect(conflicts).toContain('“19 US service members had suffered ‘traumatic brain injuries’”');
    expect(conflicts).toContain('“21 American soldiers were slightly injured”');
    expect(conflicts).toContain('Oct 26, 2023');
    expect(conflicts).toContain('Oct 27, 2023');
    expect(conflicts).toContain('published Oct 29, 2023');
    expect(conflicts).toMatch(/\| Pentagon \|/);
    expect(report.indexOf('## Conflicts')).toBeLessThan(report.indexOf('## Subjects'));
    expect(report.indexOf('## Subjects')).toBeLessThan(report.indexOf('## Agreements'));
    expect(report.indexOf('## Agreements')).toBeLessThan(report.indexOf('## Rejected records'));
  });

  it('shows every claim once in the subjects, numbered, and marks progressions in the timeline', () => {
    const subjects = section(report, 'Subjects');
    const rows = subjects.split('\n').filter((line) => /^\| C\d+ \|/.test(line));
    expect(rows).toHaveLength(result.claims.length);
    expect(new Set(rows.map((row) => row.split(' | ')[0])).size).toBe(result.claims.length);
    expect(subjects).toMatch(/progression from C\d+/);
    expect(subjects).toMatch(/progression to C\d+/);
    expect(subjects).toContain('**conflict with');
    expectWholeTableRows(report);
  });

  it('writes figures as the sources wrote them and dates with the month in words (finding ids, for programs, aside)', () => {
    expect(report).toContain('about 2,500 troops');
    expect(report).toContain('at least 19 attacks');
    expect(report).toContain('over 46 attacks');
    expect(report).toContain('a pair of aircraft');
    expect(report).toContain('a defensive airstrike');
    expect(report).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/);
    const forReaders = report
      .split('\n')
      .filter((line) => !line.startsWith('id: '))
      .join('\n');
    expect(forReaders).not.toMatch(/\b2023-\d\d-\d\d\b/);
  });

  it('lists each rejected record with where it came from and why', () => {
    const rejected = section(report, 'Rejected records');
    expect(rejected).toContain('newsroom-claims.ndjson \\#3');
    expect(rejected).toContain('/qualifier must be one of');
  });
});

describe('Markdown report of every verdict', () => {
  const result = loadFixture('every-verdict');
  const report = markdown(result);

  it('orders conflicts most severe first', () => {
    const conflicts = section(report, 'Conflicts');
    const high = conflicts.indexOf('high severity');
    expect(high).toBeGreaterThan(0);
    expect(high).toBeLessThan(conflicts.indexOf('medium severity'));
    expect(conflicts).toContain('3283 killed vs 11,300 killed');
  });

  it('lists corrections and breakdowns that do not add up, and marks the correction in the timeline', () => {
    const review = section(report, 'Corrections and totals that do not add up');
    expect(review).toContain('correction: the newer figure supersedes');
    expect(review).toContain('breakdown: the parts do not add up');
    expect(section(report, 'Subjects')).toMatch(/corrected by C\d+/);
    expect(section(report, 'Subjects')).toMatch(/corrects C\d+/);
  });

  it('writes ranges and bounds in words', () => {
    expect(report).toContain('between 4,000 and 4,500 killed');
    expect(report).toContain('up to 30,000 displaced');
    expect(report).toContain('fewer than 25,000 displaced');
    expect(report).toContain('publication date unknown');
  });

  it('counts the documents the claims cite when no documents are given, and says so', () => {
    const cited = new Set(result.claims.map((c) => c.documentId)).size;
    expect(report).toContain(`${cited} documents cited`);
  });
});

describe('Markdown report of untrusted text', () => {
  it('keeps Markdown and HTML in quotes and names inert, and table rows whole', () => {
    const claim = makeClaim({
      id: 'x',
      quote: 'at least 19 | <script>alert(1)</script> *times* [link](javascript:alert(1))',
      source: { name: 'Evil | Outlet\n# heading', url: 'javascript:alert(1)', published: '2023-10-27' },
    });
    const other = makeClaim({ id: 'y', stated: 5, statedText: '5', qualifier: 'exact', hedge: null });
    const result: Reconciliation = {
      claims: [claim, other],
      groups: [{ id: 'g', measure: 'attacks', locations: ['Iraq'], eventDate: null, claimIds: ['x', 'y'] }],
      relations: [
        {
          kind: 'conflict',
          claimIds: ['x', 'y'],
          reason: 'a | b',
          quotes: [claim.quote, other.quote],
          severity: { level: 'high', gap: 14, relativeGap: 0.7 },
          consistent: null,
          certainty: 'established',
          missing: [],
        },
      ],
      findings: [],
      estimates: [],
      rejected: [],
    };
    const report = markdown(result);
    expect(report).not.toContain('<script>');
    expect(report).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(report).not.toMatch(/^# heading/m);
    expect(report).toContain('Evil \\| Outlet \\# heading');
    expectWholeTableRows(report);
  });
});

describe('Markdown report determinism', () => {
  it('gives byte-identical output whatever the order of claims, groups, relations and estimates', () => {
    for (const name of ['seeds', 'every-verdict'] as const) {
      const result = loadFixture(name);
      const expected = markdown(result);
      fc.assert(
        fc.property(fc.integer(), (seed) => markdown(reordered(result, permutation(seed))) === expected),
        { numRuns: 25 },
      );
    }
  });

  it('reports an empty reconciliation without failing', () => {
    const report = markdown({ claims: [], groups: [], relations: [], findings: [], estimates: [], rejected: [] });
    expect(report).toContain('No claims to compare.');
    expect(report).toContain('## Conflicts (0)');
  });
});

describe('Markdown report: outlets', () => {
  it('names each outlet, and calls a source without one an unknown outlet with its document, not an outlet named like a file', () => {
    const result = reconcile([
      makeClaim({ id: 'a', documentId: 'briefing.txt', stated: 19, source: { name: 'Example News', url: null, published: '2023-10-27' } }),
      makeClaim({
        id: 'b',
        documentId: 'wire-copy.txt',
        stated: 20,
        qualifier: 'exact',
        hedge: null,
        source: { name: null, url: null, published: '2023-10-27' },
      }),
    ]);
    const report = markdown(result);
    expect(report).toContain('| Example News |');
    expect(report).toContain('| unknown outlet (wire-copy.txt) |');
    expect(report).not.toMatch(/\| wire-copy\.txt \|/);
  });
});

describe('Markdown report: differences that are not conflicts', () => {
  it('lists every scope, breakdown, progression and distinct-event verdict with its figures before the subjects', () => {
    const result = loadFixture('seeds');
    const report = markdown(result);
    const explained = section(report, 'Differences explained');
    const kinds = ['breakdown', 'scope', 'progression', 'distinct-events'];
    const expectedCount = result.relations.filter((r) => kinds.includes(r.kind)).length;
    expect(explained.split('\n').filter((line) => line.startsWith('- **'))).toHaveLength(expectedCount);
    expect(explained).toMatch(/\*\*scope\*\* C\d+ \(Sabrina Singh, Pentagon via unknown outlet \(001\\_29a27ad1a1ddff2e\.txt\)\)/);
    expect(explained).toContain('41 missile and drone attacks are a subset of 46 attacks');
    expect(report.indexOf('## Differences explained')).toBeLessThan(report.indexOf('## Subjects'));
  });

  it('shows 19 brain injuries against 21 injured before the agreements when reconciliation calls it a scope', () => {
    const result = loadFixture('seeds');
    const asScope = {
      ...result,
      relations: result.relations.map((r) => (r.kind === 'conflict' ? { ...r, kind: 'scope' as const, severity: null } : r)),
      findings: [],
    };
    const report = markdown(asScope);
    const line = section(report, 'Differences explained')
      .split('\n')
      .find((l) => l.includes('19 traumatic brain injuries'));
    expect(line).toContain('21 injured');
    expect(line).toContain('(Pentagon via sputnikglobe.com)');
    expect(report.indexOf('19 traumatic brain injuries')).toBeLessThan(report.indexOf('## Agreements'));
    expect(report).toContain('No figures conflict');
  });
});

describe('Markdown report: findings first', () => {
  const result = loadFixture('every-verdict');
  const report = markdown(result);
  const head = report.slice(0, report.indexOf('\n## '));

  it('opens with the findings by kind and the weightiest ones, before the verdict counts', () => {
    expect(head).toContain('**4 findings**: 2 disagreements between sources, 1 correction, 1 breakdown that does not add up.');
    expect(head).toContain('| disagreement | 2 |');
    const top = head.split('\n').filter((line) => /^\d+\. \*\*F\d+\*\*/.test(line));
    expect(top.map((line) => /F\d+/.exec(line)?.[0])).toEqual(['F1', 'F2', 'F3', 'F4']);
    // Most weight first: the ministry's revision weighs 0.29 (15% for two days), the breakdown 0.09.
    expect(top[0]).toContain('(medium) killed in Libya: Libya Health Ministry dataset revised 3,845 killed');
    expect(top[3]).toContain('the parts 8,000 (Derna) + 1,200 (elsewhere in Libya) fall short');
    expect(head.indexOf('Top findings')).toBeLessThan(head.indexOf('| verdict | count |'));
  });

  it('keeps the summary and the top findings on one screen', () => {
    const many: Reconciliation = {
      ...result,
      findings: Array.from({ length: 40 }, (_, i) => ({ ...result.findings[1]!, id: `f${i}`, weight: 40 - i })),
    };
    const top = markdown(many).split('\n## ')[0]!.split('\n');
    const findingsEnd = top.findIndex((line) => line.startsWith('| verdict |'));
    expect(findingsEnd).toBeGreaterThan(0);
    expect(findingsEnd).toBeLessThanOrEqual(40);
    expect(top.filter((line) => /^\d+\. \*\*F\d+\*\*/.test(line))).toHaveLength(10);
    expect(top.join('\n')).toContain('Top findings (10 of 40)');
  });

  it('gives each finding its line, its claims, its id and the quotes of its widest pair', () => {
    const findings = section(report, 'Findings');
    expect(findings).toContain('### F2. killed in Libya: Libya Health Ministry dataset below Benghazi Gazette and Global Wire\n');
    expect(findings).toContain('id: disagreement:killed:Libya:2023-09-15');
    expect(findings).toMatch(/kind disagreement · weight 0\.18 · 2 verdicts · claims C\d+–C\d+/);
    expect(findings).toContain('### F1. killed in Libya: Libya Health Ministry dataset revised its figure\n');
    expect(findings).toContain('### F4. missing in Libya: parts that do not add up to their total\n');
    expect(findings).toContain('Widest: 3,283 deaths (Health Ministry, Sep 15) vs 11,300');
    expect(findings).toContain('“the death toll had reached 11,300”');
    expect(report.indexOf('## Findings')).toBeLessThan(report.indexOf('## Conflicts'));
  });

  it('puts pairs that need review after the findings and before the verdicts, with what is missing, and out of the other lists', () => {
    const unsure = result.relations.findIndex((r) => r.kind === 'compatible');
    const withReview: Reconciliation = {
      ...result,
      relations: result.relations.map((r, i) =>
        i === unsure ? { ...r, certainty: 'needs-review' as const, missing: ['the period of the Gazette figure is not stated'] } : r,
      ),
    };
    const text = markdown(withReview);
    const pairs = section(text, 'Pairs that need review');
    expect(pairs).toContain('compatible, needs review: the period of the Gazette figure is not stated');
    expect(pairs).toContain('between 4,000 and 4,500 killed vs at least 4,000 killed');
    expect(text.indexOf('## Findings')).toBeLessThan(text.indexOf('## Pairs that need review'));
    expect(text.indexOf('## Pairs that need review')).toBeLessThan(text.indexOf('## Conflicts'));
    expect(section(text, 'Agreements')).not.toContain('between 4,000');
    expect(text).toContain('1 pair of figures need review.');
  });

  it('says there is no finding when nothing disagrees', () => {
    const seeds = loadFixture('seeds');
    const none = markdown({ ...seeds, relations: seeds.relations.filter((r) => r.kind !== 'conflict'), findings: [] });
    expect(none).toContain('**No findings.** No figures conflict');
    expect(none).not.toContain('## Findings');
    expect(none).not.toContain('| finding | count |');
  });
});
