import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../../../src/utils/site-files.ts';

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

test('under a sub-path, every page carries the policy of _headers for its own styles, after the charset', () => {
  const site = 'dist-subpath/news-reader';
  const headers = readFileSync(path.join(site, '_headers'), 'utf8');
  const header = /Content-Security-Policy: (.*)/.exec(headers)?.[1];
  expect(header).toMatch(/style-src 'self' 'sha256-[^']+'/);
  const rules = headers.split('\n').filter((line) => !line.startsWith('#'));
  expect(rules.join('\n')).not.toContain('{{content-security-policy}}');
  const pages = htmlFiles(site);
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const html = readFileSync(path.join(site, file), 'utf8');
    const meta =
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
        html,
      )?.[1];
    // The page's policy is the header's, less what a <meta> cannot carry, allowing the styles of
    // its own head.
    const head = html.slice(0, html.indexOf('</head>'));
    const styles = [...head.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`,
    );
    const expected = header!
      .replace(/ ?frame-ancestors 'none';/, '')
      .replace(/style-src [^;]+/, ['style-src', "'self'", ...new Set(styles)].join(' '));
    expect(meta, file).toBe(expected);
    expect(html.indexOf('<meta charset'), file).toBeLessThan(1024);
  }
});
