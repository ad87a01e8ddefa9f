import { expect, test } from '@playwright/test';

const analysis = '/articles/port-strike-talks-stall/';
const quotePath = '/articles/port-strike-talks-stall/#q-an-ultimatum-only-works-if-you';

test('“Copy link” copies the quote’s address, from the keyboard too, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(analysis);
  const entry = page.getByRole('complementary').getByRole('listitem').filter({ hasText: 'An ultimatum only works' });
  await expect(entry.getByRole('link', { name: 'Copy link to this quote' })).toHaveAttribute('href', quotePath);
  // By class from here on: the link's name changes while it confirms.
  const copy = entry.locator('.quote-permalink');
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(copy).toHaveAccessibleName('Link copied to this quote');
  // The absolute address, ready to paste anywhere.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(quotePath, page.url()).href);
  // Copying is all it did: the reader is still where they were.
  expect(new URL(page.url()).pathname).toBe(analysis);
  await expect(copy).toHaveAccessibleName('Copy link to this quote', { timeout: 5000 });
});

test('a person’s page has the same control for each quote', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/people/tomas-brenner/');
  const copy = page.locator('.person-quotes li').first().locator('.quote-permalink');
  await expect(copy).toHaveAccessibleName('Copy link to this quote');
  await copy.click();
  await expect(copy).toHaveAccessibleName('Link copied to this quote');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(quotePath, page.url()).href);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('“Copy link” is a link to the quote in its article', async ({ page }) => {
    await page.goto('/people/tomas-brenner/');
    await page.locator('.person-quotes li').first().getByRole('link', { name: 'Copy link to this quote' }).click();
    await expect(page).toHaveURL(new RegExp(`${quotePath}$`));
    await expect(page.locator('.quote:target')).toBeInViewport();
  });
});
