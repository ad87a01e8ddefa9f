import { expect, type Page, test } from '@playwright/test';
import { flagOf, injectScript } from '../support/inject-script.ts';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

const pages = ['/', '/articles/port-strike-talks-stall/', '/people/', '/people/maya-lindqvist/', '/no-such-page/'];

test('the strict Content-Security-Policy from _headers is sent and every page satisfies it', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy'], path).not.toContain('unsafe-inline');
  }
  await page.goto('/search/?q=back');
  await expect(page.locator('.result').first()).toBeVisible();
  await page.getByText('Filter by speaker, article or source').click();
  await page.getByRole('checkbox', { name: /Owen Hale/ }).check();
  await expect(page.getByRole('status')).toContainText('found');
  expect(await violations()).toEqual([]);
});

test('the policy is really enforced: an inline script it does not allow is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/people/');
  // Trusted Types refuse the script's text, and script-src would refuse to run it.
  expect(await injectScript(page, '__ran')).toBe(true);
  expect(await flagOf(page, '__ran')).toBeUndefined();
  expect((await violations()).join('\n')).toContain('require-trusted-types-for');
});

test('hashed assets are cached for a year, pages briefly', async ({ request }) => {
  const page = await request.get('/articles/ministry-mediation-background/');
  expect(page.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
  const search = await request.get('/search/');
  const script = /\/_astro\/[^"]+\.js/.exec(await search.text())?.[0];
  expect(script).toBeDefined();
  expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the headers a careful static site sends are all there, and the meta policy matches them', async ({ page }) => {
  const response = await page.goto('/articles/port-strike-talks-stall/');
  const headers = response!.headers();
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  const directives = headers['content-security-policy']!.split('; ');
  for (const directive of [
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ]) {
    expect(directives).toContain(directive);
  }
  // Every resource is the site's own: nothing to upgrade, and plain-HTTP hosts must keep working.
  expect(directives.some((directive) => directive.startsWith('upgrade-insecure-requests'))).toBe(false);
  // Hosts without _headers get the same policy from the <meta> right after the charset, before
  // anything the page loads, less the directives a <meta> policy cannot hold.
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  expect(
    await page.evaluate(() =>
      [...document.head.children]
        .slice(0, 2)
        .map((element) => element.getAttribute('charset') ?? element.getAttribute('http-equiv')),
    ),
  ).toEqual(['utf-8', 'Content-Security-Policy']);
  const metaDirectives = (await meta.getAttribute('content'))!.split('; ');
  expect(metaDirectives).toEqual(directives.filter((directive) => !directive.startsWith('frame-ancestors')));
});
