import { expect, test } from '@playwright/test';

test('a speaker’s page announces a feed of their quotes, newest article first, each linking to the quote', async ({
  page,
  request,
}) => {
  await page.goto('/people/owen-hale/');
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"][title="Quotes from Owen Hale"]');
  await expect(alternate).toHaveAttribute('href', 'http://localhost:4321/people/owen-hale/rss.xml');
  await expect(page.getByRole('link', { name: 'Follow their new quotes (RSS)' })).toHaveAttribute(
    'href',
    '/people/owen-hale/rss.xml',
  );

  const response = await request.get('/people/owen-hale/rss.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const feed = await response.text();
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);
  // Three quotes in the dated article, then one in the undated one.
  expect(links).toEqual([
    'http://localhost:4321/articles/port-strike-talks-stall/#q-not-going-back-for-a-bonus',
    'http://localhost:4321/articles/port-strike-talks-stall/#q-we-were-told-we-were-lucky',
    'http://localhost:4321/articles/port-strike-talks-stall/#q-people-remember-that',
    expect.stringMatching(
      /^http:\/\/localhost:4321\/articles\/ministry-mediation-background\/#q-call-off-a-single-shift/,
    ),
  ]);
  expect(feed).toContain('<title>Quotes from Owen Hale · News Analysis Reader</title>');

  // Organisations have theirs too.
  const denmark = await request.get('/organisations/denmark/rss.xml');
  expect(denmark.status()).toBe(200);
  expect(await denmark.text()).toContain('#q-watching-the-dispute-closely');
});
