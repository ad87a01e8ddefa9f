import { expect, test } from '@playwright/test';

const width = (page: import('@playwright/test').Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('list pages use the width of the screen', async ({ page }) => {
    await page.goto('/');
    expect(await width(page, '.card-list')).toBeGreaterThanOrEqual(900);
    await page.goto('/people/');
    expect(await width(page, '.people-list')).toBeGreaterThanOrEqual(900);
    // One word a quote holds (a quote is a hit only when it holds every word searched).
    await page.goto('/search/?q=ultimatum');
    await expect(page.locator('#article-results li')).not.toHaveCount(0);
    await expect(page.locator('#quote-results li')).not.toHaveCount(0);
    expect(await width(page, '.search-results')).toBeGreaterThanOrEqual(900);
    // Quotes and articles side by side.
    const quotes = await page.locator('#quote-results-section').boundingBox();
    const articles = await page.locator('#article-results-section').boundingBox();
    expect(articles!.x).toBeGreaterThan(quotes!.x + quotes!.width);
  });

  test('a speaker’s quotes run along a timeline of their articles’ dates, undated last', async ({ page }) => {
    await page.goto('/people/owen-hale/');
    await expect(page.locator('.timeline-date')).toHaveText(['12 February 2026', 'date not stated by source']);
    const date = await page.locator('.timeline-date').first().boundingBox();
    const heading = await page.locator('.person-article h2').first().boundingBox();
    expect(date!.x + date!.width).toBeLessThanOrEqual(heading!.x);
    expect(await width(page, '.person-article >> nth=0')).toBeGreaterThanOrEqual(900);
  });

  test('an article needs no link down to its voices: they are beside the text', async ({ page }) => {
    await page.goto('/articles/port-strike-talks-stall/');
    await expect(page.getByRole('link', { name: 'Voices (5)' })).toBeHidden();
  });
});

test('each article card names its most quoted voices, linked to their pages', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.card', { hasText: 'port strike talks stall' });
  // Maya Lindqvist has 6 quotes, Tomas Brenner 4, Owen Hale 3, then Priya Raman and Denmark 1.
  await expect(card.locator('.card-voices')).toHaveText('Quoted: Maya Lindqvist, Tomas Brenner, Owen Hale and 2 more');
  await expect(card.locator('.card-voices a').first()).toHaveAttribute('href', '/people/maya-lindqvist/');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('a link near the top jumps to the voices, and one there leads back', async ({ page }) => {
    await page.goto('/articles/port-strike-talks-stall/');
    const jump = page.getByRole('link', { name: 'Voices (5)' });
    await expect(jump).toBeInViewport();
    await jump.click();
    await expect(page).toHaveURL(/#voices$/);
    await expect(page.getByRole('heading', { name: 'Voices in this article' })).toBeInViewport();
    await page.getByRole('link', { name: 'Back to the text' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});
