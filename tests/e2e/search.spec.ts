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
  await expect(quote).toContainText('a sense of having been legitimised strongly');
  await expect(quote).toContainText('James Dorsey');
  await expect(quote).toContainText('Analysts: US-Hamas talks hinder Gaza truce efforts');
  await expect(quote).toContainText('6 March 2025');
  await quote.getByRole('link').click();
  await expect(page).toHaveURL(
    /\/articles\/analysts-us-hamas-talks-hinder-gaza-truce-efforts\/#q-a-sense-of-having-been-legitimised/,
  );
  const target = page.locator('.quote:target');
  await expect(target).toContainText('a sense of having been legitimised strongly');
  await expect(target).toBeInViewport();
});

test('the address carries the query, so links can be shared and back and forward work', async ({ page }) => {
  await page.goto('/search/?q=ultimatum');
  await expect(page.getByLabel('Words from an article or a quote')).toHaveValue('ultimatum');
  await expect(status(page)).toContainText('for “ultimatum”');
  await page.getByLabel('Words from an article or a quote').fill('Qatar');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\?q=Qatar$/);
  await expect(status(page)).toContainText('for “Qatar”');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ultimatum$/);
  await expect(page.getByLabel('Words from an article or a quote')).toHaveValue('ultimatum');
  await expect(status(page)).toContainText('for “ultimatum”');
  await page.goForward();
  await expect(status(page)).toContainText('for “Qatar”');
});

test('the speaker filter narrows quotes to that speaker', async ({ page }) => {
  await page.goto('/search/?q=Hamas');
  await expect(status(page)).toContainText('found for “Hamas”');
  const speakers = page.locator('#quote-results .result-speaker');
  expect(new Set(await speakers.allTextContents()).size).toBeGreaterThan(1);
  await page.getByText('Filter by speaker, article or source').click();
  await page.getByLabel('Speaker').selectOption('Andreas Krieg');
  await expect(page).toHaveURL(/speaker=Andreas\+Krieg/);
  await expect(status(page)).toContainText('found for “Hamas”');
  await expect(speakers.first()).toBeVisible();
  expect(new Set(await speakers.allTextContents())).toEqual(new Set(['Andreas Krieg']));
});

test('the source and article filters list the outlets and titles', async ({ page }) => {
  await page.goto('/search/?q=negotiations&source=Sunna+Files');
  await expect(page.getByLabel('Source')).toHaveValue('Sunna Files');
  await expect(status(page)).toContainText('found for “negotiations”');
  const titles = await page.locator('#quote-results .result .meta span:nth-child(2)').allTextContents();
  expect(titles.every((title) => title === 'The U.S. decision to engage in direct negotiations with Hamas')).toBe(true);
  await expect(page.getByLabel('Article').locator('option')).toHaveText([
    'All',
    'Analysts: US-Hamas talks hinder Gaza truce efforts',
    'The U.S. decision to engage in direct negotiations with Hamas',
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
  const long = 'Hamas ceasefire '.repeat(40);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  await expect(page.getByLabel('Words from an article or a quote')).toHaveValue(long.slice(0, 500));
  await expect(status(page)).not.toHaveText('Searching…');
  await expect(status(page)).toContainText('found');
});

test('every page has a search form in the header that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/people/');
  await page.getByRole('search').getByLabel('Search articles and quotes').fill('Dorsey');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Dorsey$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('search JavaScript loads on the search page only', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/');
  await page.goto('/people/');
  expect(scripts).toEqual([]);
  await page.goto('/search/?q=Dorsey');
  await expect(status(page)).toContainText('found');
  expect(scripts.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('results appear while typing, without pressing Enter', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Words from an article or a quote').pressSequentially('maverick', { delay: 30 });
  await expect(status(page)).toHaveText('1 quote and 1 article found for “maverick”.');
  await expect(page).toHaveURL(/\?q=maverick$/);
  await expect(page.locator('#quote-results mark').first()).toHaveText(/maverick/i);
});
