import { expect, test } from '@playwright/test';

test('the whole site works under /news-reader/ on a plain static server', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === 'localhost' && !url.pathname.startsWith('/news-reader/')) outside.push(url.pathname);
  });

  await page.goto('/news-reader/');
  await page.getByRole('link', { name: 'Analysts: US-Hamas talks hinder Gaza truce efforts' }).click();
  await expect(page).toHaveURL(/\/news-reader\/articles\/analysts-us-hamas-talks-hinder-gaza-truce-efforts\/$/);

  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  await sidebar.getByRole('link', { name: /After all, the US president/ }).click();
  await expect(page.locator('.quote:target')).toBeInViewport();

  await sidebar.getByRole('link', { name: 'Neil Quilliam' }).click();
  await expect(page).toHaveURL(/\/news-reader\/people\/neil-quilliam\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neil Quilliam');

  await page.getByRole('search').getByLabel('Search articles and quotes').fill('maverick');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/news-reader\/search\/\?q=maverick$/);
  await expect(page.getByRole('status')).toContainText('1 quote');
  await page.locator('#quote-results a').first().click();
  await expect(page).toHaveURL(
    /\/news-reader\/articles\/analysts-us-hamas-talks-hinder-gaza-truce-efforts\/#q-must-be-concerned/,
  );
  await expect(page.locator('.quote:target')).toContainText('maverick approach');

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
