import { expect, test } from '@playwright/test';

// This build sets SHARE_CARDS=1 (package.json, build:subpath); the root build leaves it off.
test('with SHARE_CARDS=1, article and speaker pages point link previews at their own card, drawn under the base path', async ({
  page,
  request,
}) => {
  const pages = [
    [
      '/news-reader/articles/port-strike-talks-stall/',
      'articles/port-strike-talks-stall',
      /Maya Lindqvist \(6 quotes\)/,
    ],
    ['/news-reader/people/maya-lindqvist/', 'people/maya-lindqvist', /Maya Lindqvist\. Person · Labour economist/],
  ] as const;
  for (const [path, card, alt] of pages) {
    await page.goto(path);
    const image = `https://example.org/news-reader/cards/${card}.png`;
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', image);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', alt);
    const response = await request.get(`/news-reader/cards/${card}.png`);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  // Pages that are not about one article or speaker keep the site's card.
  await page.goto('/news-reader/quotes/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://example.org/news-reader/og-image.png',
  );
});
