import { expect, test } from '@playwright/test';

const newsAz = '/articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/';
const sunnaFiles = '/articles/us-direct-negotiations-with-hamas/';

test('home lists both articles, newest first, undated last', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  const titles = page.locator('.card h2');
  await expect(titles).toHaveText([
    'Analysts: US-Hamas talks hinder Gaza truce efforts',
    'The U.S. decision to engage in direct negotiations with Hamas',
  ]);
  const first = page.locator('.card').first();
  await expect(first.locator('time')).toHaveAttribute('datetime', '2025-03-06');
  await expect(first).toContainText('6 March 2025');
  await expect(first).toContainText('News.Az');
  await expect(first).toContainText('min read');
  await expect(page.locator('.card').nth(1)).toContainText('date not stated by source');
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('the News.Az article shows its date, source link and body', async ({ page }) => {
  await page.goto(newsAz);
  const article = page.locator('main article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    'Analysts: US-Hamas talks hinder Gaza truce efforts',
  );
  await expect(article.locator('header time')).toHaveAttribute('datetime', '2025-03-06');
  await expect(article.locator('header time')).toHaveText('6 March 2025');
  await expect(article.getByRole('link', { name: 'News.Az' })).toHaveAttribute(
    'href',
    'https://news.az/news/analysts-us-hamas-talks-hinder-gaza-truce-efforts',
  );
  await expect(article).toContainText(
    'The first, six-week phase of the Gaza truce, when Israeli hostages were exchanged for Palestinian prisoners held in Israeli jails, ended at the weekend.',
  );
  await expect(article.getByRole('heading', { level: 2, name: '– ‘Little confidence’ –' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('16 px');
});

test('the Sunna Files article says its date is not stated and renders its lists', async ({ page }) => {
  await page.goto(sunnaFiles);
  const article = page.locator('main article');
  await expect(article.locator('header time')).toHaveCount(0);
  await expect(article.locator('header')).toContainText('date not stated by source');
  await expect(article.getByRole('link', { name: 'Sunna Files' })).toHaveAttribute(
    'href',
    'https://sunnafiles.com/64341-2',
  );
  await expect(article.getByRole('heading', { level: 2, name: 'Context of the Event' })).toBeVisible();
  await expect(article.locator('ul > li')).toHaveCount(7);
  await expect(page.locator('body')).not.toContainText('Newsletter');
});

test('pages carry a skip link to the main content and no client-side script', async ({ page }) => {
  await page.goto(newsAz);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
