import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('with SITE_URL and BASE_PATH, feed, sitemap, robots and canonical URLs are absolute under both', async ({
  page,
  request,
}) => {
  const feed = await (await request.get('/news-reader/rss.xml')).text();
  expect(/<channel>[\s\S]*?<link>(.*?)<\/link>/.exec(feed)?.[1]).toBe('https://example.org/news-reader/');
  expect(feed).toContain('<link>https://example.org/news-reader/articles/port-strike-talks-stall/</link>');
  const sitemap = await (await request.get('/news-reader/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>https://example.org/news-reader/people/maya-lindqvist/</loc>');
  const robots = await (await request.get('/news-reader/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://example.org/news-reader/sitemap-index.xml');
  await page.goto('/news-reader/people/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'https://example.org/news-reader/people/',
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://example.org/news-reader/og-image.png',
  );
  expect((await request.get('/news-reader/og-image.png')).status()).toBe(200);
  // The host reads _headers; it does not serve it.
  expect((await request.get('/news-reader/_headers')).status()).toBe(404);
  const headers = readFileSync('dist-subpath/news-reader/_headers', 'utf8');
  expect(headers).toMatch(/^\/news-reader\/_astro\/\*$/m);
});
