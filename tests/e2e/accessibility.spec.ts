import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const pages = {
  home: '/',
  article: '/articles/port-strike-talks-stall/',
  'undated article': '/articles/ministry-mediation-background/',
  'analyst index': '/people/',
  'expert page': '/people/maya-lindqvist/',
  'not found': '/no-such-page/',
  'all quotes': '/quotes/',
  'organisation page': '/organisations/denmark/',
  'organisation index': '/organisations/',
  'search with results': '/search/?q=strike',
};

const violations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/search/')) await expect(page.locator('.result').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('axe is trusted: it reports a deliberately broken page', async ({ page }) => {
  await page.setContent(
    '<html><body><img src="x.png"><a href="#"></a><p style="color:#eee;background:#fff">faint</p></body></html>',
  );
  expect((await violations(page)).length).toBeGreaterThanOrEqual(3);
});

for (const [name, path] of Object.entries(pages)) {
  test(`${name} has one h1, the landmarks and a skip link`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
  });
}

test('every link of an article page is reached by Tab, with a visible focus ring', async ({ page }) => {
  await page.goto(pages.article);
  const links = await page.locator('a[href]:visible').count();
  const seen = new Set<string>();
  for (let i = 0; i < links + 2; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        // Several links may share an address and text (one speaker's markers in the text).
        key: `${[...document.querySelectorAll('a[href]')].indexOf(el as HTMLAnchorElement)}:${el.getAttribute('href')}`,
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `${focused.key} shows a focus ring`).toBe('solid');
    expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    seen.add(focused.key);
  }
  expect(seen.size).toBeGreaterThanOrEqual(links - 1);
});

test('text zoomed to 200% still reads without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of Object.values(pages)) {
    await page.goto(path);
    // Through the CSSOM: the site's CSP rightly blocks an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('narrow screens (320 px) need no sideways scrolling either', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of Object.values(pages)) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('turns smooth scrolling off', async ({ page }) => {
    await page.goto(pages.article);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});

test('the voices sidebar and chart read sensibly to assistive technology', async ({ page }) => {
  await page.goto(pages.article);
  const sidebar = page.getByRole('complementary', { name: 'Voices in this article' });
  const chart = sidebar.getByRole('figure', { name: 'Share of quoted words' });
  await expect(chart.locator('svg')).toHaveCount(5);
  await expect(chart.locator('svg:not([aria-hidden="true"])')).toHaveCount(0);
  await expect(chart.getByRole('listitem').first()).toHaveText(/^1 Maya Lindqvist\s*\d+% · \d+ words$/);
  await expect(sidebar.getByRole('region', { name: /Maya Lindqvist/ }).getByRole('listitem')).toHaveCount(6);
});
