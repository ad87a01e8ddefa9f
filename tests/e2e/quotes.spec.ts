import { expect, test } from '@playwright/test';

// The reader fixture (tests/fixtures/reader).
const analysis = '/articles/port-strike-talks-stall/';

test('clicking a quote in the sidebar lands on it in the text, highlighted', async ({ page }) => {
  await page.goto(analysis);
  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  const brenner = sidebar.getByRole('region', { name: /Tomas Brenner/ });
  await expect(brenner.getByRole('heading', { level: 3 })).toContainText('4 quotes');
  await brenner.getByRole('link', { name: /An ultimatum only works/ }).click();

  await expect(page).toHaveURL(/#q-an-ultimatum-only-works-if-you/);
  const target = page.locator('.quote:target');
  await expect(target).toHaveText('“An ultimatum only works if you are ready to carry it out,”');
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('data-speaker', 'tomas-brenner');
  const background = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(background).toBe('solid');
});

test('the sidebar groups voices with counts, a share chart and links to the original', async ({ page }) => {
  await page.goto(analysis);
  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  await expect(sidebar.locator('.voice h3 a')).toHaveText([
    'Maya Lindqvist',
    'Tomas Brenner',
    'Priya Raman',
    'Owen Hale',
  ]);
  // A country that speaks is an organisation, under its own heading.
  await expect(sidebar.getByRole('region', { name: 'Organisations' }).locator('.voice h4 a')).toHaveText(['Denmark']);
  await expect(sidebar.getByRole('figure', { name: 'Share of quoted words' }).locator('li')).toHaveCount(5);
  const original = sidebar.getByRole('link', { name: /in the original/ }).first();
  await expect(original).toHaveAttribute('href', /^https:\/\/example\.org\/herald\/port-strike-talks-stall#:~:text=/);
  // Every quote in the text has an id the sidebar links to.
  const ids = await page.locator('article .quote[id]').evaluateAll((els) => els.map((el) => el.id));
  const links = await sidebar.locator('a.voice-quote').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(links).toEqual(expect.arrayContaining(ids.map((id) => `#${id}`)));
  expect(ids).toHaveLength(15);
});

test('unnamed sources are shown as such, not as people', async ({ page }) => {
  await page.goto('/articles/ministry-mediation-background/');
  const unnamed = page.getByRole('region', { name: /Unnamed sources/ });
  await expect(unnamed).toContainText('an informed source');
  await expect(unnamed.locator('h3 a')).toHaveCount(0);
});

test('an expert’s page lists their quotes by article and links back into the text', async ({ page }) => {
  await page.goto(analysis);
  await page.getByRole('complementary').getByRole('link', { name: 'Maya Lindqvist' }).click();
  await expect(page).toHaveURL(/\/people\/maya-lindqvist\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maya Lindqvist');
  await expect(page.locator('main')).toContainText('University of Leeds');
  await expect(page.locator('.person-quotes li')).toHaveCount(6);
  await page.getByRole('link', { name: 'Read it in context' }).first().click();
  await expect(page).toHaveURL(/#q-both-sides-think-time-is-on/);
  await expect(page.locator('.quote:target')).toBeInViewport();
});

test('the people index counts quotes and articles', async ({ page }) => {
  await page.goto('/people/');
  const first = page.locator('.people-list li').first();
  await expect(first).toContainText('Maya Lindqvist');
  await expect(first).toContainText('6 quotes in 1 article');
  await expect(page.locator('.people-list li').filter({ hasText: 'Priya Raman' })).toContainText(
    '2 quotes in 2 articles',
  );
});

test('quotes.json lists every quote with speaker, article and a working URL', async ({ request, page }) => {
  const response = await request.get('/quotes.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const { quotes } = await response.json();
  expect(quotes).toHaveLength(19);
  const informed = quotes.find((q: { text: string }) => q.text.startsWith('The unions are extremely concerned'));
  expect(informed).toMatchObject({ speaker: null, attribution: 'an informed source' });
  const quote = quotes.find((q: { speaker: { id: string } | null }) => q.speaker?.id === 'tomas-brenner');
  expect(quote).toMatchObject({
    speaker: { id: 'tomas-brenner', name: 'Tomas Brenner', url: '/people/tomas-brenner/' },
    article: 'port-strike-talks-stall',
  });
  expect(quote.url).toBe(`/articles/port-strike-talks-stall/#${quote.id}`);
  await page.goto(quote.url);
  await expect(page.locator('.quote:target')).toContainText(quote.text);
});
