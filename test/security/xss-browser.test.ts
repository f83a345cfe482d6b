import type { Browser, Page } from 'playwright-core';
import { extractClaims } from '../../lib/extraction/extract';
import { reconcile } from '../../lib/reconciliation/reconcile';
import { renderReport } from '../../lib/reports/render';
import type { Claim, Document, Rejected } from '../../lib/records';
import { makeClaim } from '../helpers/claims';
import { HOSTILE_URLS, XSS_PAYLOADS } from './xss-payloads';
import { describeInBrowser, launchChromium, visitHtml, type Visit } from '../helpers/browser';

/*
 * The HTML report built from input full of script: a corpus of XSS payloads
 * in every text field of claims (quotes, figures as written, measures,
 * places, speakers, outlets, ids), hostile URLs as source links, payloads in
 * article text around real figures, and in rejected records. Opened in
 * Debian's Chromium (playwright-core), nothing may run, no element or
 * attribute may come from the input, no link may lead anywhere but http(s),
 * no request may leave the page, and the CSP may have nothing to block (a
 * blocked script would mean the escaping failed and only the CSP held).
 * Skipped, and said so, where Chromium is not installed.
 */
const inBrowser = describeInBrowser('XSS corpus in the browser');

jest.setTimeout(120_000);

/** Claims that carry the payloads in every text field, two per subject so that the report sets them side by side. */
function hostileClaims(): Claim[] {
  return XSS_PAYLOADS.flatMap((payload, i) => {
    const url = HOSTILE_URLS[i % HOSTILE_URLS.length] ?? null;
    const shared = {
      measure: i % 3 === 0 ? 'attacks' : `attacks ${payload}`,
      subMeasure: i % 4 === 0 ? `drone ${payload}` : null,
      measureText: `attacks ${payload}`,
      locations: i % 2 === 0 ? ['Iraq'] : [`Iraq ${payload}`],
      hedge: `at least ${payload}`,
    };
    return [
      makeClaim({
        ...shared,
        id: `x${i}${payload}`,
        documentId: `doc ${payload}`,
        quote: `at least 19 ${payload}`,
        statedText: `19${payload}`,
        attribution: { speaker: `Speaker ${payload}`, organization: `Org ${payload}` },
        source: { name: `Outlet ${payload}`, url, published: '2023-10-27' },
      }),
      makeClaim({
        ...shared,
        id: `y${i}`,
        stated: 46,
        statedText: '46',
        qualifier: 'exact',
        hedge: null,
        quote: `46 ${payload}`,
        source: { name: `Other ${payload}`, url: HOSTILE_URLS[(i + 7) % HOSTILE_URLS.length] ?? null, published: '2023-10-28' },
      }),
    ];
  });
}

/** An article whose figures sit among the payloads, so that quotes and their context carry them. */
function hostileDocument(): Document {
  const text = XSS_PAYLOADS.map((payload, i) => `At least ${19 + i} attacks ${payload} hit US troops in Iraq, the Pentagon said.`).join(
    '\n\n',
  );
  return {
    id: `article <script>window.__xss=90</script>`,
    text,
    source: { name: `Outlet <b onclick="window.__xss=91">`, url: HOSTILE_URLS[0] ?? null, published: '2023-10-27' },
  };
}

function hostileRejections(): Rejected[] {
  return XSS_PAYLOADS.map((payload, i) => ({
    origin: `file ${payload}.ndjson`,
    index: i,
    id: payload,
    field: `/${payload}`,
    reason: `claim #${i + 1}: ${payload}`,
    record: { payload },
  }));
}

/** Move over, click and focus everything a payload could have hung a handler on, then let timers run. */
async function provoke(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    for (const el of document.querySelectorAll('body *')) {
      for (const type of ['mouseover', 'focus', 'toggle', 'animationstart']) el.dispatchEvent(new Event(type));
    }
    for (const details of document.querySelectorAll('details')) details.open = true;
  })()`);
  await page.waitForTimeout(200);
}

inBrowser('the XSS corpus in the HTML report, in Chromium', () => {
  let browser: Browser;
  let visit: Visit;
  const claims = [...hostileClaims(), ...extractClaims(hostileDocument())];

  beforeAll(async () => {
    browser = await launchChromium();
    const result = reconcile(claims, { rejected: hostileRejections() });
    visit = await visitHtml(browser, 'xss-corpus-report.html', renderReport(result, { format: 'html', documents: [hostileDocument()] }));
    await provoke(visit.page);
  });
  afterAll(async () => {
    await visit?.page.context().close();
    await browser?.close();
  });

  it('runs none of the payloads: no marker set, no dialog', async () => {
    expect(await visit.page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(visit.dialogs).toEqual([]);
  });

  it('gives the Content-Security-Policy nothing to block, sends no request and raises no error', () => {
    expect(visit.errors).toEqual([]);
    expect(visit.requests).toEqual([visit.page.url()]);
  });

  it('lets no element or attribute of the input into the page', async () => {
    const page = visit.page;
    expect(await page.locator('script').count()).toBe(1);
    // the report's own controls: the verdict filter (an input) and its select
    expect(await page.locator('input:not(#relations-filter)').count()).toBe(0);
    expect(
      await page
        .locator(
          'iframe, object, embed, base, form, textarea, video, source, marquee, math, details[ontoggle], body img, meta[http-equiv="refresh"]',
        )
        .count(),
    ).toBe(0);
    const handlers = await page.evaluate(
      `[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'))`,
    );
    expect(handlers).toEqual([]);
    expect(await page.locator('[style*="javascript"], [srcdoc]').count()).toBe(0);
  });

  it('links only to http(s) addresses and to its own anchors', async () => {
    const hrefs = (await visit.page.evaluate(`[...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href'))`)) as string[];
    expect(hrefs.length).toBeGreaterThan(0);
    // the favicon is data:, (empty); a quote left in a URL is harmless inside a double-quoted attribute
    for (const href of hrefs) expect(href).toMatch(/^(?:#[\w-]*|https?:\/\/[^\s"<>]+|data:,)$/);
  });

  it('shows every payload as the text it is', async () => {
    const text = (await visit.page.evaluate('document.body.textContent')) as string;
    for (const payload of XSS_PAYLOADS) expect(text).toContain(payload);
  });
});
