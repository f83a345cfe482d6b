import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { renderReport } from '../../lib/reports/render';
import type { Reconciliation } from '../../lib/records';
import { hostileReconciliation, loadFixture, permutation, reordered, seedDocuments } from './helpers';

const html = (result: Reconciliation) => renderReport(result, { format: 'html' });

function inline(page: string, tag: 'script' | 'style'): string[] {
  const found: string[] = [];
  const open = `<${tag}>`;
  for (let at = page.indexOf(open); at >= 0; at = page.indexOf(open, at + 1)) {
    found.push(page.slice(at + open.length, page.indexOf(`</${tag}>`, at)));
  }
  return found;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('HTML report', () => {
  const seeds = loadFixture('seeds');
  const page = renderReport(seeds, { format: 'html', documents: seedDocuments() });

  it('has one timeline chart per subject', () => {
    expect(page.match(/<svg class="chart"/g)).toHaveLength(seeds.groups.length);
    for (const group of seeds.groups) expect(page).toContain(`data-group-id="${group.id.replace(/&/g, '&amp;')}"`);
  });

  it('allows exactly its own inline style and script by hash, and nothing from elsewhere', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const [style] = inline(page, 'style');
    const [script] = inline(page, 'script');
    expect(inline(page, 'script')).toHaveLength(1);
    expect(csp).toContain(`style-src ${sha256(style ?? '')}`);
    expect(csp).toContain(`script-src ${sha256(script ?? '')}`);
    expect(page).not.toMatch(/<(script|img|iframe|link)[^>]*\ssrc=/i);
    expect(page).not.toMatch(/@import|url\((?!#)/);
    expect(page).not.toMatch(/\sstyle="/);
    expect(page).not.toMatch(/\son[a-z]+="/i);
  });

  it('shows each conflict quote with its number marked in its sentence', () => {
    expect(page).toContain(
      '<span class="context">A total of </span><q><mark>21</mark> American soldiers were slightly injured</q><span class="context">.</span>',
    );
    expect(page).toContain('<q><mark>19</mark> US service members had suffered ‘traumatic brain injuries’</q>');
    expect(page).toMatch(/<span class="context">A day earlier, the Pentagon indicated that <\/span><q><mark>19<\/mark>/);
  });

  it('links only http(s) source URLs', () => {
    const every = html(loadFixture('every-verdict'));
    expect(every).toContain('href="https://news.example.com/libya/0915"');
    expect(every).not.toMatch(/href="javascript:/i);
    expect(every).toContain('Benghazi Gazette');
  });

  it('escapes every text that comes from input', () => {
    const hostile = html(hostileReconciliation());
    const markupOutsideOurs = hostile.replace(inline(hostile, 'script')[0] ?? '', '');
    expect(markupOutsideOurs).not.toContain('<img');
    expect(markupOutsideOurs.match(/<script>/g)).toHaveLength(1);
    expect(markupOutsideOurs).not.toContain('<svg onload');
    expect(markupOutsideOurs).not.toMatch(/href="javascript:/i);
    expect(markupOutsideOurs).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(markupOutsideOurs).toContain('attacks in Iraq: Outlet &lt;img src=x');
    expect(markupOutsideOurs).not.toContain('data-finding="<');
    expect(markupOutsideOurs).toContain('href="https://example.com/story?a=1&amp;b=2"');
  });

  it('is byte-identical whatever the order of its input', () => {
    const expected = page;
    fc.assert(
      fc.property(
        fc.integer(),
        (seed) => renderReport(reordered(seeds, permutation(seed)), { format: 'html', documents: seedDocuments() }) === expected,
      ),
      { numRuns: 10 },
    );
  });
});

describe('HTML report: findings first', () => {
  const result = loadFixture('every-verdict');
  const page = html(result);
  const sectionOrder = (text: string) => [...text.matchAll(/<(?:section|header) id="([^"]+)"/g)].map((m) => m[1]);

  it('opens with the top findings in the summary, then a section of every finding before the verdicts', () => {
    const summary = page.slice(page.indexOf('<header id="summary">'), page.indexOf('</header>'));
    expect(summary).toContain(
      '<strong>4 findings</strong>: 2 disagreements between sources, 1 correction, 1 breakdown that does not add up.',
    );
    expect(summary.match(/<li><span class="badge sev-[a-z]+">[a-z]+<\/span><a class="ref" href="#F\d+">/g)).toHaveLength(4);
    expect(sectionOrder(page).slice(0, 3)).toEqual(['summary', 'findings', 'conflicts']);
    expect(page).toContain('<li class="finding k-disagreement" id="F2">');
    expect(page).toContain('<button type="button" data-show-finding="F2">2 verdicts</button>');
    expect(page).toContain('<code>disagreement:killed:Libya:2023-09-15</code>');
  });

  it('shades the dates of each finding in the timeline of its subject, with its reference', () => {
    const killed = page.slice(
      page.indexOf('data-group-id="killed:Libya"'),
      page.indexOf('</svg>', page.indexOf('data-group-id="killed:Libya"')),
    );
    expect(killed.match(/<rect class="finding-span" data-finding="F\d"/g)).toHaveLength(2);
    expect(killed).toMatch(/<text class="finding-label" [^>]*>F1<\/text>/);
  });

  it('gives each verdict its finding in the table, and a filter by finding', () => {
    expect(page).toContain('<select id="relations-finding"><option value="">all</option><option value="F1">F1 (1)</option>');
    expect(page).toMatch(/<tr class="k-conflict" data-kind="conflict" data-finding="F2"/);
    expect(page).toMatch(/<tr class="k-agree" data-kind="agree" data-finding=""/);
  });

  it('puts the pairs that need review after the findings, with what is missing', () => {
    const unsure = result.relations.findIndex((r) => r.kind === 'compatible');
    const withReview: Reconciliation = {
      ...result,
      relations: result.relations.map((r, i) =>
        i === unsure ? { ...r, certainty: 'needs-review' as const, missing: ['the period of C5 is not stated'] } : r,
      ),
    };
    const text = html(withReview);
    expect(sectionOrder(text).slice(0, 4)).toEqual(['summary', 'findings', 'pairs-to-review', 'conflicts']);
    expect(text).toContain('compatible: the period of C5 is not stated.');
    expect(text).toContain('1 pair of figures need review');
  });

  it('leaves out table columns that would be empty: severity when nothing conflicts, finding when there is none', () => {
    const seeds = loadFixture('seeds');
    const calm = html({ ...seeds, relations: seeds.relations.filter((r) => r.kind !== 'conflict'), findings: [] });
    const head = calm.slice(calm.indexOf('<thead>'), calm.indexOf('</thead>'));
    expect(head).not.toContain('severity');
    expect(head).not.toContain('finding');
    expect(calm).not.toContain('id="relations-finding"');
    const cells = (row: string) => (row.match(/<td/g) ?? []).length;
    const firstRow = calm.slice(calm.indexOf('<tbody>'), calm.indexOf('</tr>', calm.indexOf('<tbody>')));
    expect(cells(firstRow)).toBe((head.match(/<th[ >]/g) ?? []).length);
    expect(page.slice(page.indexOf('<thead>'), page.indexOf('</thead>'))).toContain('severity');
  });

  it('tells the measures of a subject apart by the shape of their marks', () => {
    const seeds = renderReport(loadFixture('seeds'), { format: 'html' });
    const casualties = seeds.slice(seeds.indexOf('data-group-id="casualties:Iraq+Syria"'));
    const chart = casualties.slice(0, casualties.indexOf('</ul>'));
    expect(chart).toMatch(/<g class="claim[^"]*" data-ref="C\d+"><title>[^<]*traumatic brain injuries[^<]*<\/title><path d="M/);
    expect(chart).toMatch(/<li><svg[^>]*><rect [^>]*\/><\/svg>injured<\/li>|<li><svg[^>]*><path [^>]*\/><\/svg>injured<\/li>/);
    expect(chart).toMatch(/<li><svg[^>]*><circle [^>]*\/><\/svg>casualties<\/li>/);
  });
});

describe('HTML report of a reconciliation that breaks its own types', () => {
  it('escapes verdict kinds, policies and claim ids it does not know', () => {
    const base = hostileReconciliation();
    const payload = '<b onclick="x">';
    const broken = {
      ...base,
      relations: [...base.relations, { ...base.relations[0], kind: `agree${payload}`, claimIds: ['b', `missing${payload}`] }],
      estimates: [
        {
          groupId: base.groups[0]?.id ?? '',
          measure: 'attacks',
          asOf: null,
          policy: `range${payload}`,
          low: 1,
          best: null,
          high: null,
          support: { low: [], best: [], high: [] },
        },
      ],
    } as unknown as Reconciliation;
    expect(renderReport(broken, { format: 'html' })).not.toContain('<b onclick');
    expect(renderReport(broken, { format: 'markdown' })).not.toMatch(/(?<!\\)<b onclick/);
  });
});
