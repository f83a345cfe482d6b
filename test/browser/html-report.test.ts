import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderReport } from '../../lib/reports/render';
import type { Reconciliation } from '../../lib/records';
import { hostileReconciliation, loadFixture, seedDocuments } from '../reports/helpers';
import { SEEDS_DIR } from '../helpers/seeds';
import { runCli } from '../helpers/run-cli';
import { ARTIFACTS, describeInBrowser, launchChromium, openFile, visitHtml, type Visit } from '../helpers/browser';

// The HTML report in Debian's Chromium; skipped, and said so, where it is not installed.
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

    it('saves a screenshot as a test artifact', async () => {
      const path = join(ARTIFACTS, 'html-report.png');
      await seen.page.evaluate('window.scrollTo(0, 0)');
      await seen.page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1500 } });
      expect(existsSync(path)).toBe(true);
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
