import { expect, type Page, test } from '@playwright/test';

async function parseXml(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.nodeName,
      locs: [...doc.querySelectorAll('loc, link')].map((n) => n.textContent),
    };
  }, text);
}

test('the feed and the sitemap are well-formed XML with absolute URLs', async ({ page, request }) => {
  // A blank page to parse in: the site's own pages allow no string to become a document (Trusted Types).
  await page.goto('about:blank');
  const feed = await parseXml(page, await (await request.get('/rss.xml')).text());
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('rss');
  expect(feed.locs).toContain('http://localhost:4321/articles/port-strike-talks-stall/');

  const index = await parseXml(page, await (await request.get('/sitemap-index.xml')).text());
  expect(index.error).toBeNull();
  const sitemap = await parseXml(page, await (await request.get('/sitemap-0.xml')).text());
  expect(sitemap.error).toBeNull();
  expect(sitemap.locs).toEqual(
    expect.arrayContaining(['http://localhost:4321/', 'http://localhost:4321/people/tomas-brenner/']),
  );
  expect(sitemap.locs.every((loc) => loc?.startsWith('http://localhost:4321/'))).toBe(true);
  expect(sitemap.locs.some((loc) => loc?.includes('404'))).toBe(false);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
});

test('an article page has canonical, Open Graph, Twitter card and NewsArticle data citing its source', async ({
  page,
}) => {
  await page.goto('/articles/port-strike-talks-stall/');
  const url = 'http://localhost:4321/articles/port-strike-talks-stall/';
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Analysts: port strike talks stall as both sides dig in',
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Analysts: port strike talks stall as both sides dig in',
    datePublished: '2026-02-12',
    isBasedOn: 'https://example.org/herald/port-strike-talks-stall',
    citation: { publisher: { name: 'Harbour Herald' } },
  });
  expect(data.mentions).toContainEqual({ '@type': 'Person', name: 'Tomas Brenner' });
});

test('every page has a title, a description and the site’s share image for link previews', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/articles/port-strike-talks-stall/', '/people/maya-lindqvist/', '/quotes/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S{3}/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      'http://localhost:4321/og-image.png',
    );
  }
  // Without SHARE_CARDS=1 no page has a card of its own, and none is drawn.
  expect((await request.get('/cards/articles/port-strike-talks-stall.png')).status()).toBe(404);
  const image = await request.get('/og-image.png');
  expect(image.headers()['content-type']).toBe('image/png');
  const bytes = await image.body();
  // The PNG header's width and height: the 1200×630 that link previews expect.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('an undated article claims no date anywhere', async ({ page }) => {
  await page.goto('/articles/ministry-mediation-background/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data.datePublished).toBeUndefined();
});

test('an expert’s page describes a Person', async ({ page }) => {
  await page.goto('/people/maya-lindqvist/');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'profile');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data).toMatchObject({
    '@type': 'Person',
    name: 'Maya Lindqvist',
    affiliation: { name: 'University of Leeds' },
  });
});
