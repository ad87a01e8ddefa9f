import { expect, type Page, test } from '@playwright/test';

const status = (page: Page) => page.getByRole('status');

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('Words from an article or a quote').fill(query);
  await page.getByRole('button', { name: 'Search' }).click();
}

test('a query from a quote finds that quote, and clicking it lands on it in the article', async ({ page }) => {
  await search(page, 'legitimised strongly');
  await expect(status(page)).toHaveText(/^1 quote and 1 article found for “legitimised strongly”\.$/);
  const quote = page.locator('#quote-results li').first();
  await expect(quote).toContainText('legitimised strongly');
  await expect(quote).toContainText('Maya Lindqvist');
  await expect(quote).toContainText('Analysts: port strike talks stall as both sides dig in');
  await expect(quote).toContainText('12 February 2026');
  await quote.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/port-strike-talks-stall\/#q-legitimised-strongly/);
  const target = page.locator('.quote:target');
  await expect(target).toContainText('legitimised strongly');
  await expect(target).toBeInViewport();
});

test('the address carries the query, so links can be shared and back and forward work', async ({ page }) => {
  await page.goto('/search/?q=ultimatum');
  await expect(page.getByLabel('Words from an article or a quote')).toHaveValue('ultimatum');
  await expect(status(page)).toContainText('for “ultimatum”');
  await page.getByLabel('Words from an article or a quote').fill('Rotterdam');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\?q=Rotterdam$/);
  await expect(status(page)).toContainText('for “Rotterdam”');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ultimatum$/);
  await expect(page.getByLabel('Words from an article or a quote')).toHaveValue('ultimatum');
  await expect(status(page)).toContainText('for “ultimatum”');
  await page.goForward();
  await expect(status(page)).toContainText('for “Rotterdam”');
});

test('the speaker filter narrows quotes to that speaker', async ({ page }) => {
  await page.goto('/search/?q=back');
  await expect(status(page)).toContainText('found for “back”');
  const speakers = page.locator('#quote-results .result-speaker');
  expect(new Set(await speakers.allTextContents()).size).toBeGreaterThan(1);
  await page.getByText('Filter by speaker, article or source').click();
  await page.getByLabel('Speaker').selectOption('Owen Hale');
  await expect(page).toHaveURL(/speaker=Owen\+Hale/);
  await expect(status(page)).toContainText('found for “back”');
  await expect(speakers.first()).toBeVisible();
  expect(new Set(await speakers.allTextContents())).toEqual(new Set(['Owen Hale']));
});

test('the source and article filters list the outlets and titles', async ({ page }) => {
  await page.goto('/search/?q=mediator&source=Dockside+Files');
  await expect(page.getByLabel('Source')).toHaveValue('Dockside Files');
  await expect(status(page)).toContainText('found for “mediator”');
  const titles = await page.locator('#quote-results .result .meta span:nth-child(2)').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.every((title) => title === "The ministry's decision to mediate in the port strike")).toBe(true);
  await expect(page.getByLabel('Article').locator('option')).toHaveText([
    'All',
    'Analysts: port strike talks stall as both sides dig in',
    "The ministry's decision to mediate in the port strike",
  ]);
});

test('a query with no match says so', async ({ page }) => {
  await search(page, 'zeppelin');
  await expect(status(page)).toHaveText(
    'No quotes or articles found for “zeppelin”. Try fewer or other words, or clear the filters.',
  );
  await expect(page.locator('#quote-results-section')).toBeHidden();
  await expect(page.locator('#article-results-section')).toBeHidden();
});

test('quotes, punctuation and non-Latin characters in a query behave', async ({ page }) => {
  await search(page, '“you are DEAD”!?');
  await expect(page.locator('#quote-results li').first()).toContainText('you are DEAD');
  await search(page, 'اشترك في جريدتنا');
  await expect(status(page)).toContainText('No quotes or articles found');
  await search(page, '<script>alert(1)</script>');
  await expect(status(page)).toContainText('No quotes or articles found');
  await expect(page.locator('#quote-results script')).toHaveCount(0);
});

test('a 500-character query is accepted, and longer input is cut at 500', async ({ page }) => {
  const long = 'port strike '.repeat(45);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  await expect(page.getByLabel('Words from an article or a quote')).toHaveValue(long.slice(0, 500));
  await expect(status(page)).not.toHaveText('Searching…');
  await expect(status(page)).toContainText('found');
});

test('every page has a search form in the header that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/people/');
  await page.getByRole('search').getByLabel('Search articles and quotes').fill('Brenner');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Brenner$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('search JavaScript loads on the search page only', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/articles/port-strike-talks-stall/');
  await page.goto('/people/');
  expect(scripts).toEqual([]);
  await page.goto('/search/?q=Brenner');
  await expect(status(page)).toContainText('found');
  expect(scripts.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('results appear while typing, without pressing Enter', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Words from an article or a quote').pressSequentially('brinkmanship', { delay: 30 });
  await expect(status(page)).toHaveText('1 quote and 1 article found for “brinkmanship”.');
  await expect(page).toHaveURL(/\?q=brinkmanship$/);
  await expect(page.locator('#quote-results mark').first()).toHaveText(/brinkmanship/i);
});
