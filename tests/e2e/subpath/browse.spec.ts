import { expect, test } from '@playwright/test';

test('the whole site works under /news-reader/ on a plain static server', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === 'localhost' && !url.pathname.startsWith('/news-reader/')) outside.push(url.pathname);
  });

  await page.goto('/news-reader/');
  await page.getByRole('link', { name: 'Analysts: port strike talks stall as both sides dig in' }).click();
  await expect(page).toHaveURL(/\/news-reader\/articles\/port-strike-talks-stall\/$/);

  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  await sidebar.getByRole('link', { name: /I would not book a ship/ }).click();
  await expect(page.locator('.quote:target')).toBeInViewport();

  await sidebar.getByRole('link', { name: 'Maya Lindqvist' }).click();
  await expect(page).toHaveURL(/\/news-reader\/people\/maya-lindqvist\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maya Lindqvist');

  await page.getByRole('search').getByLabel('Search articles and quotes').fill('brinkmanship');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/news-reader\/search\/\?q=brinkmanship$/);
  await expect(page.getByRole('status')).toContainText('1 quote');
  await expect(page.locator('#quote-results .result-speaker')).toHaveAttribute(
    'href',
    '/news-reader/people/tomas-brenner/',
  );
  await page.locator('#quote-results .result-link').first().click();
  await expect(page).toHaveURL(
    /\/news-reader\/articles\/port-strike-talks-stall\/#q-brinkmanship-with-other-peoples-cargo/,
  );
  await expect(page.locator('.quote:target')).toContainText('brinkmanship with other people');

  // The exact speaker filter under the sub-path too.
  await page.goto('/news-reader/search/?q=ships&speaker=Tomas+Brenner');
  await expect(page.getByRole('status')).toHaveText('1 quote found by Tomas Brenner for “ships”.');

  expect(outside).toEqual([]);
});

test('quotes.json links carry the base path', async ({ request }) => {
  const { quotes } = await (await request.get('/news-reader/quotes.json')).json();
  for (const quote of quotes) {
    expect(quote.url).toMatch(/^\/news-reader\/articles\//);
    if (quote.speaker) expect(quote.speaker.url).toMatch(/^\/news-reader\/(?:people|organisations)\//);
  }
});

test('a missing page under the sub-path gets the site’s 404 page', async ({ page }) => {
  const response = await page.goto('/news-reader/nothing-here/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the list of articles' })).toHaveAttribute('href', '/news-reader/');
});

test('quote permalinks and speaker feeds carry the base path', async ({ page, request }) => {
  await page.goto('/news-reader/people/tomas-brenner/');
  await expect(page.locator('.quote-permalink').first()).toHaveAttribute(
    'href',
    '/news-reader/articles/port-strike-talks-stall/#q-an-ultimatum-only-works-if-you',
  );
  const feed = await (await request.get('/news-reader/people/tomas-brenner/rss.xml')).text();
  expect(feed).toContain(
    '<link>https://example.org/news-reader/articles/port-strike-talks-stall/#q-an-ultimatum-only-works-if-you</link>',
  );
});
