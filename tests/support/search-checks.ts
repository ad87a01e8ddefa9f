/**
 * Search checks run on the reader fixture site both at the root and under `/news-reader/`
 * (`tests/e2e/search-hosts.spec.ts`, `tests/e2e/subpath/search-hosts.spec.ts`).
 */
import { expect, type Page, type TestInfo } from '@playwright/test';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';

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
  await page.goto(`${base}/search/?q=${encodeURIComponent('“going not back”')}`);
  await expect(status(page)).toContainText('for ““going not back””');
  await expect(page.locator('#quote-results li')).toHaveCount(0);
}

/**
 * Opened by a name over plain HTTP, as an intranet host or a phone on the same network would:
 * every script loads from that origin and search finds results.
 */
export async function plainHttpHost(testInfo: TestInfo, base: string): Promise<void> {
  const origin = new URL(testInfo.project.use.baseURL!);
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
