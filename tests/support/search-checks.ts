/**
 * Search checks run on the reader fixture site both at the root and under `/news-reader/`
 * (`tests/e2e/search-hosts.spec.ts`, `tests/e2e/subpath/search-hosts.spec.ts`).
 */
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { createStaticServer } from '../../scripts/static-server.ts';

const status = (page: Page) => page.getByRole('status');

/** Words a speaker never said together: the message says so and offers the way on. */
export async function speakerWithoutTheWords(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/search/?q=lawful+dispute&speaker=Owen+Hale`);
  await expect(status(page)).toHaveText('No quotes by Owen Hale match “lawful dispute”.');
  await expect(page.locator('#quote-results li')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Search every quote and article for “lawful dispute”' })).toHaveAttribute(
    'href',
    `${base}/search/?q=lawful+dispute`,
  );
  await expect(page.getByRole('link', { name: 'Every quote by Owen Hale' })).toHaveAttribute(
    'href',
    `${base}/people/owen-hale/`,
  );
  // Without the filter, the words are found: Priya Raman said them.
  await page.getByRole('link', { name: 'Search every quote and article for “lawful dispute”' }).click();
  await expect(page.locator('#quote-results .result-speaker').first()).toHaveText('Priya Raman');
}

/** A phrase in double quotes finds only the quotes holding its words together, in order. */
export async function phraseSearch(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/search/?q=${encodeURIComponent('"not going back"')}`);
  await expect(page.locator('#quote-results li')).toHaveCount(1);
  await expect(page.locator('#quote-results blockquote')).toContainText('not going back for a bonus');
  // Only the words are marked, not the quotation mark before the first.
  await expect(page.locator('#quote-results mark')).toHaveText(['not', 'going', 'back']);
  await expect(status(page)).toContainText('for “not going back”');
  await page.goto(`${base}/search/?q=${encodeURIComponent('“going not back”')}`);
  await expect(status(page)).toContainText('for “going not back”');
  await expect(page.locator('#quote-results li')).toHaveCount(0);
}

/**
 * Opened by a name over plain HTTP, as an intranet host or a phone on the same network would:
 * every script loads from that origin and search finds results.
 */
export async function plainHttpHost(served: string, base: string): Promise<void> {
  const origin = new URL(served);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--host-resolver-rules=MAP lan.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://lan.test:${origin.port}${base}/search/?q=brinkmanship`);
    await expect(page.locator('#quote-results li').first()).toContainText('brinkmanship');
    expect(failed).toEqual([]);
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(script).toMatch(new RegExp(`^200 http://lan\\.test:${origin.port}/`));
  } finally {
    await browser.close();
  }
}

/** With its scripts blocked, the page says search could not start, with the ways to browse instead. */
export async function scriptsBlocked(page: Page, base: string): Promise<void> {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(`${base}/search/?q=ships`);
  const message = page.locator('.search-unavailable');
  await expect(message).toBeVisible({ timeout: 10_000 });
  await expect(message).toContainText('Search could not start');
  await expect(message.getByRole('link', { name: 'every quote' })).toHaveAttribute('href', `${base}/quotes/`);
  await expect(message.getByRole('link', { name: 'the people quoted' })).toHaveAttribute('href', `${base}/people/`);
  await expect(message.getByRole('link', { name: 'the organisations' })).toHaveAttribute(
    'href',
    `${base}/organisations/`,
  );
  await expect(status(page)).toBeHidden();
}

/** With its scripts running, that message never shows. */
export async function scriptsRunning(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/search/?q=ships`);
  await expect(page.locator('#quote-results li').first()).toBeVisible();
  await page.waitForTimeout(4500);
  await expect(page.locator('.search-unavailable')).toBeHidden();
  await expect(status(page)).toBeVisible();
}

/**
 * The searches again on a bare static server, without `_headers` (as GitHub Pages serves a site):
 * the page's own policy is then the only one.
 */
export async function onBareServer(browser: Browser, folder: string, base: string): Promise<void> {
  const server = createStaticServer({ folder, headers: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const response = await page.goto(`${base}/search/`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await speakerWithoutTheWords(page, base);
    await phraseSearch(page, base);
    await plainHttpHost(origin, base);
  } finally {
    await context.close();
    server.closeAllConnections();
    server.close();
  }
}

/**
 * The search checks as tests, for the site at the root or under a sub-path: one spec file each
 * (the Playwright project that serves that build), the same tests.
 */
export function searchHostTests({ base, folder }: { base: string; folder: string }): void {
  const under = base ? `under ${base}/, ` : '';
  test(`${under}a speaker who never said the words: no quote, the message and where to go instead`, async ({
    page,
  }) => {
    await speakerWithoutTheWords(page, base);
  });
  test(`${under}a phrase in double quotes finds its words only together and in order`, async ({ page }) => {
    await phraseSearch(page, base);
  });
  test(`${under}opened by a name over plain HTTP, every script loads and search finds results`, async () => {
    await plainHttpHost(test.info().project.use.baseURL!, base);
  });
  test(`${under}with its scripts blocked, the search page says search could not start`, async ({ page }) => {
    await scriptsBlocked(page, base);
  });
  test(`${under}with its scripts running, the could-not-start message never shows`, async ({ page }) => {
    await scriptsRunning(page, base);
  });
  test(`${under}on a bare static server, without _headers, the same searches work`, async ({ browser }) => {
    await onBareServer(browser, folder, base);
  });
}
