import { expect, test } from '@playwright/test';

/** Scripts that run, as opposed to JSON-LD data blocks. */
const PAGE_SCRIPTS = 'script:not([type="application/ld+json"])';

// The reader fixture (tests/fixtures/reader): one dated analysis, one undated background piece.
const analysis = '/articles/port-strike-talks-stall/';
const background = '/articles/ministry-mediation-background/';

test('home lists both articles, newest first, undated last', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  const titles = page.locator('.card h2');
  await expect(titles).toHaveText([
    'Analysts: port strike talks stall as both sides dig in',
    "The ministry's decision to mediate in the port strike",
  ]);
  const first = page.locator('.card').first();
  await expect(first.locator('time')).toHaveAttribute('datetime', '2026-02-12');
  await expect(first).toContainText('12 February 2026');
  await expect(first).toContainText('Harbour Herald');
  await expect(first).toContainText('min read');
  await expect(page.locator('.card').nth(1)).toContainText('date not stated by source');
  await expect(page.locator(PAGE_SCRIPTS)).toHaveCount(1);
});

test('the dated article shows its date, source link and body', async ({ page }) => {
  await page.goto(analysis);
  const article = page.locator('main article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    'Analysts: port strike talks stall as both sides dig in',
  );
  await expect(article.locator('header time')).toHaveAttribute('datetime', '2026-02-12');
  await expect(article.locator('header time')).toHaveText('12 February 2026');
  await expect(article.getByRole('link', { name: 'Harbour Herald' })).toHaveAttribute(
    'href',
    'https://example.org/herald/port-strike-talks-stall',
  );
  await expect(article).toContainText(
    'The first round of talks, when the port operator offered a one-off payment in place of a pay rise, ended at the weekend.',
  );
  await expect(article.getByRole('heading', { level: 2, name: '– ‘Little progress’ –' })).toBeVisible();
});

test('the undated article says its date is not stated and renders its lists', async ({ page }) => {
  await page.goto(background);
  const article = page.locator('main article');
  await expect(article.locator('header time')).toHaveCount(0);
  await expect(article.locator('header')).toContainText('date not stated by source');
  await expect(article.getByRole('link', { name: 'Dockside Files' })).toHaveAttribute(
    'href',
    'https://example.org/dockside/ministry-mediation',
  );
  await expect(article.getByRole('heading', { level: 2, name: 'Context of the Event' })).toBeVisible();
  await expect(article.locator('ul > li')).toHaveCount(7);
});

test('pages carry a skip link to the main content and only the shared, deferred page script', async ({ page }) => {
  await page.goto(analysis);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // One module script (deferred by nature), the same file on every page: the search shortcuts.
  const scripts = page.locator(PAGE_SCRIPTS);
  await expect(scripts).toHaveCount(1);
  await expect(scripts).toHaveAttribute('type', 'module');
  const src = (await scripts.getAttribute('src'))!;
  await page.goto('/people/');
  await expect(page.locator(PAGE_SCRIPTS)).toHaveAttribute('src', src);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
