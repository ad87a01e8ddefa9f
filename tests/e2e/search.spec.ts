import { expect, type Page, test } from '@playwright/test';

const status = (page: Page) => page.getByRole('status');
const box = (page: Page) => page.getByLabel('Words from an article or a quote');
const quoteSpeakers = (page: Page) => page.locator('#quote-results .result-speaker').allTextContents();

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await box(page).fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test('a query from a quote finds that quote, with links to its speaker and article', async ({ page }) => {
  await search(page, 'legitimised strongly');
  await expect(status(page)).toHaveText('1 quote and 1 article found for “legitimised strongly”.');
  const quote = page.locator('#quote-results li').first();
  await expect(quote.locator('blockquote')).toHaveText('“legitimised strongly”');
  await expect(quote.getByRole('link', { name: 'Maya Lindqvist' })).toHaveAttribute('href', '/people/maya-lindqvist/');
  await expect(
    quote.getByRole('link', { name: 'Analysts: port strike talks stall as both sides dig in' }),
  ).toHaveAttribute('href', '/articles/port-strike-talks-stall/');
  // Who and when as one phrase, the date machine-readable, the article on a line of its own.
  const meta = quote.locator('.meta');
  await expect(meta).toContainText('Maya Lindqvist, 12 February 2026');
  await expect(meta.locator('time')).toHaveAttribute('datetime', '2026-02-12');
  await expect(meta.locator('.result-article')).toHaveCSS('display', 'block');
});

test('a result lands on its quote, even when the word occurs earlier in the article', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 600 });
  // "Rotterdam" is in the second paragraph, and again in Lindqvist's quote below the fold.
  await search(page, 'Rotterdam');
  const quote = page.locator('#quote-results li').first();
  await expect(quote).toContainText('Every week the ships go to Rotterdam');
  await quote.locator('.result-link').click();
  await expect(page).toHaveURL(/\/articles\/port-strike-talks-stall\/#q-every-week-the-ships-go-to$/);
  const target = page.locator('.quote:target');
  await expect(target).toContainText('Every week the ships go to Rotterdam');
  await expect(target).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // No text fragment: it would scroll to the first "Rotterdam" instead.
  expect(page.url()).not.toContain(':~:');
});

test('a quote counts only when its own words match, not the narration after it', async ({ page }) => {
  // "economist" is in the narration right after Lindqvist's first quote, never inside a quote.
  await page.goto('/search/?q=economist');
  await expect(status(page)).toHaveText('1 article found for “economist”.');
  await expect(page.locator('#quote-results li')).toHaveCount(0);
});

test('with a speaker chosen, only that speaker’s quotes show, never a neighbour’s or a bare article', async ({
  page,
}) => {
  // Lindqvist and Brenner both speak of ships in the same article.
  await page.goto('/search/?q=ships');
  await expect(status(page)).toContainText('found for “ships”');
  expect(new Set(await quoteSpeakers(page))).toEqual(new Set(['Maya Lindqvist', 'Tomas Brenner']));
  await page.goto('/search/?q=ships&speaker=Tomas+Brenner');
  await expect(status(page)).toHaveText('1 quote found by Tomas Brenner for “ships”.');
  expect(await quoteSpeakers(page)).toEqual(['Tomas Brenner']);
  await expect(page.locator('#article-results-section')).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /Tomas Brenner/ })).toBeChecked();
});

test('several speakers can be chosen, meaning either of them; each shows its number of articles', async ({ page }) => {
  await page.goto('/search/?q=back');
  await page.getByText('Filter by speaker, article or source').click();
  await expect(page.getByRole('checkbox', { name: 'Owen Hale (2 articles)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Tomas Brenner (1 article)' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Owen Hale/ }).check();
  await expect(page).toHaveURL(/\?q=back&speaker=Owen\+Hale$/);
  await box(page).fill('');
  await page.getByRole('checkbox', { name: /Priya Raman/ }).check();
  await expect(page).toHaveURL(/\?speaker=Owen\+Hale&speaker=Priya\+Raman$/);
  await expect(status(page)).toContainText('found by Owen Hale or Priya Raman');
  const speakers = await quoteSpeakers(page);
  expect(new Set(speakers)).toEqual(new Set(['Owen Hale', 'Priya Raman']));
  // Both of Hale's articles are listed, not only the one he shares with Raman.
  await expect(page.locator('#quote-results .result-article')).toContainText([
    'Analysts: port strike talks stall as both sides dig in',
    "The ministry's decision to mediate in the port strike",
  ]);
});

test('the address carries the search, so links can be shared and back and forward work', async ({ page }) => {
  await page.goto('/search/?q=ultimatum');
  await expect(box(page)).toHaveValue('ultimatum');
  await expect(status(page)).toContainText('for “ultimatum”');
  await box(page).fill('Rotterdam');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\?q=Rotterdam$/);
  await expect(status(page)).toContainText('for “Rotterdam”');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ultimatum$/);
  await expect(box(page)).toHaveValue('ultimatum');
  await expect(status(page)).toContainText('for “ultimatum”');
  await page.goForward();
  await expect(status(page)).toContainText('for “Rotterdam”');
});

test('the source and article filters list the outlets and titles with their counts', async ({ page }) => {
  await page.goto('/search/?q=mediator&source=Dockside+Files');
  await expect(page.getByLabel('Source')).toHaveValue('Dockside Files');
  await expect(status(page)).toContainText('found for “mediator”');
  const titles = await page.locator('#quote-results .result-article').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles)).toEqual(new Set(["The ministry's decision to mediate in the port strike"]));
  // An undated article says so, set apart from its outlet, in the same words and style as its page.
  const article = page.locator('#article-results li').first();
  await expect(article.locator('.meta > *')).toHaveText(['Dockside Files', '·', 'date not stated by source']);
  await expect(article.locator('.meta .undated')).toHaveCSS('font-style', 'italic');
  await expect(page.getByLabel('Article').locator('option')).toHaveText([
    'All',
    'Analysts: port strike talks stall as both sides dig in (1 article)',
    "The ministry's decision to mediate in the port strike (1 article)",
  ]);
});

test('no match says so, and offers to remove the filters when there are any', async ({ page }) => {
  await search(page, 'zeppelin');
  await expect(status(page)).toHaveText('No quotes or articles found for “zeppelin”. Try fewer or other words.');
  await expect(page.locator('#quote-results-section')).toBeHidden();
  await expect(page.locator('#article-results-section')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove the filters' })).toBeHidden();

  await page.goto('/search/?q=ultimatum&speaker=Owen+Hale');
  await expect(status(page)).toHaveText('No quotes by Owen Hale match “ultimatum”.');
  await page.getByRole('button', { name: 'Remove the filters' }).click();
  await expect(page).toHaveURL(/\?q=ultimatum$/);
  await expect(status(page)).toContainText('found for “ultimatum”');
  await expect(page.locator('#quote-results li').first()).toContainText('Tomas Brenner');
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
  await expect(box(page)).toHaveValue(long.slice(0, 500));
  await expect(status(page)).not.toHaveText('Searching…');
  await expect(status(page)).toContainText('found');
});

test('every page has a search form in the header that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/people/');
  const header = page.getByRole('search');
  await expect(header.getByRole('searchbox')).toHaveAttribute('placeholder', 'Search articles and quotes');
  await header.getByLabel('Search articles and quotes').fill('Brenner');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Brenner$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('/ and Ctrl+K put the cursor in the search box from any page; the search code loads on /search/ only', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/articles/port-strike-talks-stall/');
  await page.keyboard.press('/');
  await expect(page.locator('#header-search-query')).toBeFocused();
  await page.keyboard.type('ultimatum');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ultimatum$/);
  await expect(status(page)).toContainText('found for “ultimatum”');
  expect(scripts.filter((path) => path.includes('pagefind'))).toEqual(['/pagefind/pagefind.js']);

  await page.goto('/people/');
  expect(scripts.filter((path) => path.includes('pagefind'))).toHaveLength(1);
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-search-query')).toBeFocused();
  // A slash typed into the box is text, not the shortcut.
  await page.keyboard.type('a/b');
  await expect(page.locator('#header-search-query')).toHaveValue('a/b');
});

test('arrow keys move through the results and Enter opens one', async ({ page }) => {
  await page.goto('/search/?q=ships');
  await expect(status(page)).toContainText('found for “ships”');
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  const links = page.locator('.results .result-link');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('.quote:target')).toBeInViewport();
});

test('the clear button empties the box and the results', async ({ page }) => {
  await page.goto('/search/?q=ships');
  await expect(status(page)).toContainText('found');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(status(page)).toHaveText('Type words from an article or a quote.');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeHidden();
});

test('results appear while typing, and the console stays clean', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.goto('/search/');
  await box(page).pressSequentially('brinkmanship', { delay: 30 });
  await expect(status(page)).toHaveText('1 quote and 1 article found for “brinkmanship”.');
  await expect(page).toHaveURL(/\?q=brinkmanship$/);
  await expect(page.locator('#quote-results mark').first()).toHaveText(/brinkmanship/i);
  await page.getByText('Filter by speaker, article or source').click();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  expect(messages).toEqual([]);
});
