import { expect, test } from '@playwright/test';

// The reader fixture (tests/fixtures/reader): people by first quote, then Denmark, an organisation.
const analysis = '/articles/port-strike-talks-stall/';

test('each quote in the text is followed by its speaker’s sidebar number, linking to their entry', async ({ page }) => {
  await page.goto(analysis);
  const article = page.locator('article');
  // One marker per quote, after its last part, outside the quote's own words.
  await expect(article.locator('.speaker-marker')).toHaveCount(
    await article.locator('.quote:not([data-continues])').count(),
  );
  expect(await article.locator('.quote .speaker-marker').count()).toBe(0);

  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  await expect(sidebar.locator('.voice :is(h3, h4) .voice-number')).toHaveText(['1', '2', '3', '4', '5']);
  await expect(sidebar.locator('.voice :is(h3, h4) a')).toHaveText([
    'Maya Lindqvist',
    'Tomas Brenner',
    'Priya Raman',
    'Owen Hale',
    'Denmark',
  ]);

  const first = article.locator('#q-an-ultimatum-only-works-if-you + .speaker-marker');
  await expect(first).toHaveText(/^2/);
  // The number is for the eye; a screen reader hears the name after the quote.
  await expect(first).toHaveAccessibleName('(Tomas Brenner)');
  await expect(first).toHaveAttribute('data-pagefind-ignore', '');
  await first.click();
  await expect(page).toHaveURL(/#voice-tomas-brenner$/);
  await expect(sidebar.locator('#voice-tomas-brenner')).toBeInViewport();
  // And back: the entry's quotes lead to the words in the text.
  await sidebar.getByRole('link', { name: /An ultimatum only works/ }).click();
  await expect(page.locator('.quote:target')).toBeInViewport();
});

test('a speaker’s number never starts a line of its own: it wraps with the end of its quote', async ({ page }) => {
  await page.goto(analysis);
  // Narrowed a pixel at a time, the text wraps at some width just after each quote's last word.
  const alone = await page.locator('article').evaluate((article) => {
    const found: string[] = [];
    for (let width = 240; width <= 560; width += 1) {
      article.style.width = `${width}px`;
      for (const marker of article.querySelectorAll<HTMLElement>('.speaker-marker')) {
        const quoteEnd = [...marker.previousElementSibling!.getClientRects()].at(-1)!;
        const start = marker.getClientRects()[0]!;
        if (start.left < quoteEnd.right - 1) found.push(`${width}px: ${marker.previousElementSibling!.id}`);
      }
    }
    return found;
  });
  expect(alone).toEqual([]);
});

test('the speaker’s name shows on hover and on keyboard focus', async ({ page }) => {
  await page.goto(analysis);
  const marker = page.locator('#q-an-ultimatum-only-works-if-you + .speaker-marker');
  const tooltip = () =>
    marker.evaluate((el) => {
      const after = getComputedStyle(el, '::after');
      return { display: after.display, content: after.content };
    });
  expect((await tooltip()).display).toBe('none');
  await marker.hover();
  expect(await tooltip()).toEqual({ display: 'block', content: expect.stringContaining('Tomas Brenner') });
  await page.mouse.move(0, 0);
  expect((await tooltip()).display).toBe('none');
  // Reached from the keyboard: away and back with Tab.
  await marker.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
  expect(await tooltip()).toEqual({ display: 'block', content: expect.stringContaining('Tomas Brenner') });
});

test('quotes nobody named are drawn differently from attributed ones, in the text and the sidebar', async ({
  page,
}) => {
  await page.goto('/articles/ministry-mediation-background/');
  const unnamed = page.locator('#q-the-unions-are-extremely-concerned-that');
  const named = page.locator('.quote[data-speaker]').first();
  const lineStyle = (locator: typeof named) => locator.evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect(await lineStyle(named)).toBe('solid');
  expect(await lineStyle(unnamed)).toBe('dashed');
  const marker = page.locator('#q-the-unions-are-extremely-concerned-that + .speaker-marker');
  await expect(marker).not.toHaveAttribute('data-colour');
  await expect(marker).toHaveAccessibleName('(an informed source)');
  await expect(marker).toHaveAttribute('href', '#voice-unnamed');
});
