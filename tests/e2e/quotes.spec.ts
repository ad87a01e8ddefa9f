import { expect, test } from '@playwright/test';

const newsAz = '/articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/';

test('clicking a quote in the sidebar lands on it in the text, highlighted', async ({ page }) => {
  await page.goto(newsAz);
  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  const dorsey = sidebar.getByRole('region', { name: /James Dorsey/ });
  await expect(dorsey.getByRole('heading', { level: 3 })).toContainText('5 quotes');
  await dorsey.getByRole('link', { name: /He’s not declaring a policy/ }).click();

  await expect(page).toHaveURL(/#q-hes-not-declaring-a-policy/);
  const target = page.locator('.quote:target');
  await expect(target).toHaveText('“He’s not declaring a policy. He’s leaving everybody guessing,”');
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('data-speaker', 'james-dorsey');
  const background = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(background).toBe('solid');
});

test('the sidebar groups voices with counts, a share chart and links to the original', async ({ page }) => {
  await page.goto(newsAz);
  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  await expect(sidebar.locator('.voice h3 a')).toHaveText([
    'Neil Quilliam',
    'James Dorsey',
    'Andreas Krieg',
    'Donald Trump',
  ]);
  // A country that speaks is an organisation, under its own heading.
  await expect(sidebar.getByRole('region', { name: 'Organisations' }).locator('.voice h4 a')).toHaveText(['Israel']);
  await expect(sidebar.getByRole('figure', { name: 'Share of quoted words' }).locator('li')).toHaveCount(5);
  const original = sidebar.getByRole('link', { name: /in the original/ }).first();
  await expect(original).toHaveAttribute(
    'href',
    /^https:\/\/news\.az\/news\/analysts-us-hamas-talks-hinder-gaza-truce-efforts#:~:text=/,
  );
  // Every quote in the text has an id the sidebar links to.
  const ids = await page.locator('article .quote[id]').evaluateAll((els) => els.map((el) => el.id));
  const links = await sidebar.locator('a.voice-quote').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(links).toEqual(expect.arrayContaining(ids.map((id) => `#${id}`)));
  expect(ids).toHaveLength(19);
});

test('unnamed sources are shown as such, not as people', async ({ page }) => {
  await page.goto('/articles/us-direct-negotiations-with-hamas/');
  const unnamed = page.getByRole('region', { name: /Unnamed sources/ });
  await expect(unnamed).toContainText('an informed source');
  await expect(unnamed.locator('h3 a')).toHaveCount(0);
});

test('an analyst page lists their quotes by article and links back into the text', async ({ page }) => {
  await page.goto(newsAz);
  await page.getByRole('complementary').getByRole('link', { name: 'Andreas Krieg' }).click();
  await expect(page).toHaveURL(/\/people\/andreas-krieg\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Andreas Krieg');
  await expect(page.locator('main')).toContainText('King’s College London');
  await expect(page.locator('.person-quotes li')).toHaveCount(6);
  await page.getByRole('link', { name: 'Read it in context' }).first().click();
  await expect(page).toHaveURL(/#q-clearly-shows-that-the-us-have/);
  await expect(page.locator('.quote:target')).toBeInViewport();
});

test('the people index counts quotes and articles', async ({ page }) => {
  await page.goto('/people/');
  const first = page.locator('.people-list li').first();
  await expect(first).toContainText('Andreas Krieg');
  await expect(first).toContainText('6 quotes in 1 article');
  await expect(page.locator('.people-list li').filter({ hasText: 'Donald Trump' })).toContainText(
    '2 quotes in 2 articles',
  );
});

test('quotes.json lists every quote with speaker, article and a working URL', async ({ request, page }) => {
  const response = await request.get('/quotes.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const { quotes } = await response.json();
  expect(quotes).toHaveLength(22);
  const informed = quotes.find((q: { text: string }) => q.text.startsWith('Israel is extremely concerned'));
  expect(informed).toMatchObject({ speaker: null, attribution: 'an informed source' });
  const quote = quotes.find((q: { speaker: { id: string } | null }) => q.speaker?.id === 'james-dorsey');
  expect(quote).toMatchObject({
    speaker: { id: 'james-dorsey', name: 'James Dorsey', url: '/people/james-dorsey/' },
    article: 'analysts-us-hamas-talks-hinder-gaza-truce-efforts',
  });
  expect(quote.url).toBe(`/articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/#${quote.id}`);
  await page.goto(quote.url);
  await expect(page.locator('.quote:target')).toContainText(quote.text);
});
