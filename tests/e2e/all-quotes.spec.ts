import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The reader fixture (tests/fixtures/reader), built to dist-e2e/.
const { quotes } = JSON.parse(readFileSync('dist-e2e/quotes.json', 'utf8')) as {
  quotes: { id: string; article: string; speaker: { name: string } | null; attribution: string | null }[];
};

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/quotes/ lists every quote, newest article first, with who said it and where', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quotes' }).click();
    await expect(page).toHaveURL(/\/quotes\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All quotes');
    const items = page.locator('.all-quotes > li');
    await expect(items).toHaveCount(quotes.length);
    // The dated article (12 February 2026) comes before the undated one.
    await expect(items.first()).toContainText('Both sides think time is on their side');
    await expect(items.first().getByRole('link', { name: 'Maya Lindqvist' })).toHaveAttribute(
      'href',
      '/people/maya-lindqvist/',
    );
    await expect(items.last()).toContainText('the operator');
    // An unnamed source is named as the article describes it, not linked.
    await expect(items.last().locator('.all-quotes-speaker')).not.toHaveAttribute('href');

    await items
      .first()
      .getByRole('link', { name: /Analysts: port strike talks/ })
      .click();
    await expect(page).toHaveURL(/\/articles\/port-strike-talks-stall\/#q-both-sides-think-time-is-on/);
    await expect(page.locator('.quote:target')).toBeInViewport();
  });
});
