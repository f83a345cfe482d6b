import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { renderReport } from '../../lib/reports/render';
import type { Reconciliation } from '../../lib/records';
import { hostileReconciliation, loadFixture, seedDocuments } from '../reports/helpers';
import { SEEDS_DIR } from '../helpers/seeds';
import { runCli } from '../helpers/run-cli';
import { ARTIFACTS, describeInBrowser, launchChromium, openFile, visitHtml, type Visit } from '../helpers/browser';

// The HTML report in Debian's Chromium; skipped, and said so, where it is not installed.

interface ChartLayout {
  labels: number;
  boundLines: number;
  /** Pairs of boxes that intersect: label with label, or label with an as-of-bound line. */
  overlaps: string[];
  /** Labels that stick out of their chart. */
  outside: string[];
}

/** The boxes the browser gives every chart label and as-of-bound line, and which of them intersect. */
function chartLayout(page: Page): Promise<ChartLayout> {
  return page.locator('svg.chart').evaluateAll((charts) => {
    type Edges = { left: number; right: number; top: number; bottom: number };
    const result = { labels: 0, boundLines: 0, overlaps: [] as string[], outside: [] as string[] };
    const meets = (a: Edges, b: Edges) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const chart of charts) {
      const frame = chart.getBoundingClientRect();
      const texts = chart.querySelectorAll('text.label, text.finding-label');
      const labels: { name: string; box: Edges }[] = [];
      for (let i = 0; i < texts.length; i++) {
        labels.push({ name: `${chart.getAttribute('data-group-id')}: ${texts[i]!.textContent}`, box: texts[i]!.getBoundingClientRect() });
      }
      const bounds = chart.querySelectorAll('line.as-of-bounds');
      const lines: Edges[] = [];
      for (let i = 0; i < bounds.length; i++) lines.push(bounds[i]!.getBoundingClientRect());
      result.labels += labels.length;
      result.boundLines += lines.length;
      labels.forEach((label, i) => {
        const { box } = label;
        if (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom)
          result.outside.push(label.name);
        for (const other of labels.slice(i + 1)) if (meets(box, other.box)) result.overlaps.push(`${label.name} / ${other.name}`);
        for (const line of lines) if (meets(box, line)) result.overlaps.push(`${label.name} / an as-of-bound line`);
      });
    }
    return result;
  });
}

const inBrowser = describeInBrowser('browser tests of the HTML report');

jest.setTimeout(60_000);

inBrowser('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('the seed report', () => {
    const seeds: Reconciliation = loadFixture('seeds');
    let seen: Visit;
    beforeAll(async () => {
      seen = await visitHtml(browser, 'seed-report.html', renderReport(seeds, { format: 'html', documents: seedDocuments() }));
    });
    afterAll(async () => {
      await seen?.page.context().close();
    });

    it('draws a visible timeline chart for every subject, with a mark for every claim', async () => {
      const charts = seen.page.locator('svg.chart');
      expect(await charts.count()).toBe(seeds.groups.length);
      const sizes = await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((r) => [r.width, r.height]));
      for (const [width, height] of sizes) {
        expect(width).toBeGreaterThan(300);
        expect(height).toBeGreaterThan(80);
      }
      expect(await seen.page.locator('svg.chart g.claim').count()).toBe(seeds.claims.length);
      expect(await seen.page.locator('svg.chart g.claim.in-conflict circle.conflict-ring').count()).toBe(2);
    });

    it('shows the conflict with both figures and the numbers marked in their sentences', async () => {
      const card = seen.page.locator('#conflicts article.card.conflict');
      expect(await card.count()).toBe(seeds.relations.filter((r) => r.kind === 'conflict').length);
      await expect(card.first().isVisible()).resolves.toBe(true);
      const text = await card.first().innerText();
      expect(text).toContain('19 traumatic brain injuries vs 21 injured');
      expect(text).toContain('A total of 21 American soldiers were slightly injured.');
      expect(await card.first().locator('mark').allInnerTexts()).toEqual(['19', '21']);
    });

    it('sends no request to any address and reports no error, so its own script and style passed the CSP', async () => {
      expect(seen.requests).toEqual([seen.page.url()]);
      expect(seen.errors).toEqual([]);
      const background = await seen.page
        .locator('.card.conflict')
        .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).borderLeftColor);
      expect(background).toBe('rgb(196, 0, 26)');
    });

    it('filters the verdict table by verdict and by words, and sorts it by a column', async () => {
      const rows = seen.page.locator('#relations tbody tr');
      const visible = () => rows.evaluateAll((trs) => trs.filter((tr) => !tr.hasAttribute('hidden')).length);
      expect(await visible()).toBe(seeds.relations.length);
      await seen.page.selectOption('#relations-kind', 'agree');
      expect(await visible()).toBe(seeds.relations.filter((r) => r.kind === 'agree').length);
      await seen.page.fill('#relations-filter', 'troops iraq');
      expect(await visible()).toBe(1);
      expect(await seen.page.locator('#relations-count').innerText()).toBe(`1 of ${seeds.relations.length} verdicts shown`);
      await seen.page.selectOption('#relations-kind', '');
      await seen.page.fill('#relations-filter', '');
      await seen.page.click('#relations th:nth-child(2) button');
      const kinds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind') ?? ''));
      expect(kinds).toEqual([...kinds].sort());
      expect(await seen.page.getAttribute('#relations th:nth-child(2)', 'aria-sort')).toBe('ascending');
      await seen.page.click('#relations th:nth-child(1) button');
    });

    it('places every chart label clear of the other labels and of the as-of-bound lines', async () => {
      const report = await chartLayout(seen.page);
      expect(report.labels).toBeGreaterThan(seeds.claims.length / 2);
      expect(report.boundLines).toBeGreaterThan(0);
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
    });

    it('saves a screenshot as a test artifact', async () => {
      const path = join(ARTIFACTS, 'html-report.png');
      await seen.page.evaluate('window.scrollTo(0, 0)');
      await seen.page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1500 } });
      expect(existsSync(path)).toBe(true);
    });
  });

  describe('the report at a glance, wide and narrow', () => {
    const result = loadFixture('every-verdict');
    let seen: Visit;
    beforeAll(async () => {
      seen = await visitHtml(browser, 'every-verdict-report.html', renderReport(result, { format: 'html' }));
    });
    afterAll(async () => {
      await seen?.page.context().close();
    });

    it('opens with the top findings, and a finding shows its verdicts in the table', async () => {
      const top = await seen.page.locator('ol.top-findings > li').allInnerTexts();
      expect(top).toHaveLength(result.findings.length);
      expect(top[0]).toContain('F1');
      await seen.page.click('button[data-show-finding="F2"]');
      const visible = await seen.page
        .locator('#relations tbody tr')
        .evaluateAll((trs) => trs.filter((tr) => !tr.hasAttribute('hidden')).map((tr) => tr.getAttribute('data-finding')));
      expect(visible).toEqual(['F2', 'F2']);
      expect(await seen.page.locator('#relations-count').innerText()).toBe(`2 of ${result.relations.length} verdicts shown`);
      expect(seen.errors).toEqual([]);
    });

    it('shades each finding in its subject, its label clear of the others', async () => {
      expect(await seen.page.locator('svg.chart rect.finding-span').count()).toBe(result.findings.length);
      const report = await chartLayout(seen.page);
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
      expect(await seen.page.locator('svg.chart text.finding-label').count()).toBe(result.findings.length);
    });

    it.each([
      [1400, 'html-report-1400.png'],
      [420, 'html-report-420.png'],
    ])('reads at %i px: no page-wide scroll, the table scrolls in its box, chart text stays readable', async (width, file) => {
      await seen.page.setViewportSize({ width, height: 1000 });
      await seen.page.evaluate('window.scrollTo(0, 0)');
      const fit = await seen.page.locator('html').evaluate((root) => {
        const view = root.ownerDocument.defaultView!;
        const table = root.querySelector('.table-wrap')!;
        const chart = root.querySelector('svg.chart')!;
        const text = chart.querySelector('text')!;
        // The chart's viewBox is 960 units wide: its text shows at the font size times the chart's scale.
        const scale = chart.getBoundingClientRect().width / Number((chart.getAttribute('viewBox') ?? '0 0 960').split(' ')[2]);
        return {
          page: root.scrollWidth,
          viewport: view.innerWidth,
          tableScrolls: table.scrollWidth > table.clientWidth,
          chartText: parseFloat(view.getComputedStyle(text).fontSize) * scale,
        };
      });
      expect(fit.page).toBeLessThanOrEqual(fit.viewport);
      if (width < 600) expect(fit.tableScrolls).toBe(true);
      expect(fit.chartText).toBeGreaterThanOrEqual(9);
      const path = join(ARTIFACTS, file);
      await seen.page.screenshot({ path, fullPage: false });
      expect(existsSync(path)).toBe(true);
      expect((await chartLayout(seen.page)).overlaps).toEqual([]);
    });
  });

  describe('reports the CLI writes with --out', () => {
    const claimsFile = join(ARTIFACTS, 'every-verdict-claims.json');
    beforeAll(() => {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(claimsFile, JSON.stringify(loadFixture('every-verdict').claims));
    });

    it.each([
      ['claim records', () => claimsFile],
      ['the seed articles', () => SEEDS_DIR],
    ])('%s: a chart per subject and a card per conflict, offline', async (name, input) => {
      const json = await runCli(['reconcile', input(), '--format', 'json', '--quiet']);
      const result = JSON.parse(json.stdout) as Reconciliation;
      const out = join(ARTIFACTS, `cli-${name.replace(/ /g, '-')}.html`);
      const written = await runCli(['reconcile', input(), '--out', out, '--quiet']);
      expect(written.status).toBe(0);
      const seen = await openFile(browser, out);
      try {
        expect(result.groups.length).toBeGreaterThan(0);
        expect(await seen.page.locator('svg.chart').count()).toBe(result.groups.length);
        expect(await seen.page.locator('#conflicts article.card').count()).toBe(
          result.relations.filter((r) => r.kind === 'conflict').length,
        );
        expect(seen.requests).toEqual([seen.page.url()]);
        expect(seen.errors).toEqual([]);
        await seen.page.screenshot({
          path: out.replace(/\.html$/, '.png'),
          fullPage: true,
          clip: { x: 0, y: 0, width: 1200, height: 1500 },
        });
      } finally {
        await seen.page.context().close();
      }
    });
  });

  it('runs no script that came with the input', async () => {
    const seen = await visitHtml(browser, 'hostile-report.html', renderReport(hostileReconciliation(), { format: 'html' }));
    try {
      expect(await seen.page.evaluate('typeof window.__xss')).toBe('undefined');
      expect(seen.dialogs).toEqual([]);
      expect(await seen.page.locator('a[href^="javascript"]').count()).toBe(0);
      expect(await seen.page.locator('#conflicts').innerText()).toContain('<img src=x onerror="window.__xss=1">');
      expect(seen.requests).toEqual([seen.page.url()]);
    } finally {
      await seen.page.context().close();
    }
  });
});
