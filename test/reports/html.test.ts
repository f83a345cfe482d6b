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
