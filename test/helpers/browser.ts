import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/*
 * Debian's Chromium driven by playwright-core, for the tests that open HTML
 * reports. Where Chromium is not installed those tests are skipped and the
 * skip is announced, never passed silently.
 */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** `describe` where Chromium is installed; elsewhere `describe.skip`, with a line on stderr saying what was skipped. */
export function describeInBrowser(what: string): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  process.stderr.write(`SKIPPED: ${what}: ${CHROMIUM} not found. Install it with "apt-get install chromium" (.ci/run does).\n`);
  return describe.skip;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface Visit {
  page: Page;
  /** Every URL the page asked for, including ones the route refused. */
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/** Write a page to test-artifacts/ and open it. */
export async function visitHtml(browser: Browser, name: string, html: string): Promise<Visit> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, html);
  return openFile(browser, path);
}

/** Open a page from disk, refusing and recording every request that is not that file. */
export async function openFile(browser: Browser, path: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const visit: Visit = { page, requests: [], errors: [], dialogs: [] };
  const own = pathToFileURL(path).href;
  await context.route('**/*', (route) => (route.request().url() === own ? route.continue() : route.abort()));
  page.on('request', (request) => visit.requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && visit.errors.push(message.text()));
  page.on('pageerror', (error) => visit.errors.push(error.message));
  page.on('dialog', (dialog) => {
    visit.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(own, { waitUntil: 'load' });
  return visit;
}
