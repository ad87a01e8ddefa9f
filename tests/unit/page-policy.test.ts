/**
 * The Content-Security-Policy of each page and of the site (src/security/page-policy.ts), put on
 * pages as Astro renders them (src/integrations/page-transform.ts) and completed once the site is
 * written (`completeSitePolicy`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterEach, expect, it } from 'vitest';
import { completeSitePolicy, policySummary } from '../../src/integrations/headers.ts';
import { transformPages } from '../../src/integrations/page-transform.ts';
import { policyHeader } from '../../src/security/content-security-policy.ts';
import { pagePolicies, PLACEHOLDER_META } from '../../src/security/page-policy.ts';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
}

/** A page as the site's layout writes it: the charset, then room for the policy. */
const page = (style: string, body = '<p>Text</p>') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${PLACEHOLDER_META}<style>${style}</style></head><body>${body}</body></html>`;
/** `secure` on a page's text, as Astro's bytes. */
const secure = (policies: ReturnType<typeof pagePolicies>, html: string, name: string) =>
  policies.secure(Buffer.from(html), name).toString('utf8');
const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const metaOf = (html: string) =>
  /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
    html,
  )?.[1];

it('gives each page a policy for its own inline styles, after the charset, and the site one for all of them', () => {
  const policies = pagePolicies();
  const red = secure(policies, page('body{color:red}', '<script type="application/ld+json">{}</script>'), '/a/');
  const blue = secure(policies, page('body{color:blue}'), '/b/');
  const again = secure(policies, page('body{color:red}'), '/c/');

  expect(metaOf(red)).toContain(`style-src 'self' ${hashOf('body{color:red}')};`);
  expect(metaOf(blue)).toContain(`style-src 'self' ${hashOf('body{color:blue}')};`);
  expect(metaOf(again)).toBe(metaOf(red));
  for (const html of [red, blue]) {
    expect(metaOf(html)).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // A <meta> policy cannot carry frame-ancestors; the header does.
    expect(metaOf(html)).not.toContain('frame-ancestors');
    expect(html).not.toContain('policy-filled-in');
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  }
  const sitePolicy = policyHeader(policies.sitePolicy());
  expect(sitePolicy).toContain(
    `style-src 'self' ${[hashOf('body{color:blue}'), hashOf('body{color:red}')].sort().join(' ')};`,
  );
  expect(sitePolicy).toContain("frame-ancestors 'none'");
  expect(policySummary(policies.sitePolicy())).toBe(
    'Content-Security-Policy: 2 inline style(s) by hash, no inline script.',
  );
});

it('hashes a style with characters beyond ASCII as the browser does, and keeps the page’s text byte for byte', () => {
  const css = '.mark::before{content:"→ “Ünïcödé”"}';
  const html = secure(pagePolicies(), page(css, '<p>“Ünïcödé” – ½</p>'), '/u/');
  expect(metaOf(html)).toContain(`style-src 'self' ${hashOf(css)};`);
  expect(html).toContain(`<style>${css}</style>`);
  expect(html.endsWith('<p>“Ünïcödé” – ½</p></body></html>')).toBe(true);
});

it('refuses a page with an inline script, naming it', () => {
  expect(() => secure(pagePolicies(), page('p{margin:0}', '<script>alert(1)</script>'), '/people/x/')).toThrow(
    /^\/people\/x\/ has an inline <script>, which the Content-Security-Policy refuses/,
  );
});

it('puts the policy after the charset, or first in the head, of a page the layout did not write', () => {
  const policies = pagePolicies();
  const bare = secure(policies, '<html><head><title>Elsewhere</title></head><body></body></html>', 'x.html');
  expect(bare).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/);
  const withCharset = secure(policies, '<html><head><meta charset="utf-8"><title>T</title></head></html>', 'y.html');
  expect(withCharset).toMatch(
    /^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
  );
});

it('completes _headers under the base path, and secures the pages Astro did not render, leaving those secured already', () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'page-policy-'));
  const policies = pagePolicies();
  const rendered = secure(policies, page('body{color:red}'), '/articles/a/');
  write('articles/a/index.html', rendered);
  write('from-public.html', '<html><head><style>i{}</style></head><body><p>“Ünïcödé”</p></body></html>');
  // A page an earlier build secured, as Astro's incremental build would restore it unrendered.
  const restored = secure(pagePolicies(), page('b{}'), '/restored/');
  write('restored/index.html', restored);
  write(
    '_headers',
    '# {{content-security-policy}} is filled in\n/*\n  Content-Security-Policy: {{content-security-policy}}\n',
  );

  const policy = completeSitePolicy(site, '/news/', policies);

  expect(readFileSync(path.join(site, 'articles/a/index.html'), 'utf8')).toBe(rendered);
  const other = readFileSync(path.join(site, 'from-public.html'), 'utf8');
  expect(other).toContain(`<head><meta http-equiv="Content-Security-Policy" content="default-src 'self';`);
  expect(other).toContain(`style-src 'self' ${hashOf('i{}')};`);
  expect(other).toContain('<p>“Ünïcödé”</p>');
  expect(readFileSync(path.join(site, 'restored/index.html'), 'utf8')).toBe(restored);
  expect(policySummary(policy)).toBe('Content-Security-Policy: 3 inline style(s) by hash, no inline script.');
  expect(policyHeader(policy)).toContain(hashOf('b{}'));
  const headers = readFileSync(path.join(site, '_headers'), 'utf8');
  expect(headers).toContain('/news/*\n');
  expect(headers).toContain(`  Content-Security-Policy: ${policyHeader(policy)}\n`);
  expect(headers).toContain('# {{content-security-policy}} is filled in');
});

it('refuses a page from public/ with an inline script, naming its file', () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'page-policy-'));
  write('people/x/index.html', '<html><head></head><body><script>alert(1)</script></body></html>');
  expect(() => completeSitePolicy(site, '/', pagePolicies())).toThrow(/^people\/x\/index\.html has an inline <script>/);
});

it('passes every HTML page Astro renders through the transform, with its status, headers and metadata, and nothing else', async () => {
  const responses: Record<string, Response> = {
    '/page/': new Response('<p>page</p>', { status: 404, headers: { 'content-type': 'text/html', 'x-kept': '1' } }),
    '/feed.xml': new Response('<rss/>', { headers: { 'content-type': 'application/xml' } }),
  };
  const astros: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async (request) => {
      const pathname = new URL(request.url).pathname;
      return pathname === '/page/'
        ? { response: responses[pathname]!, metadata: { kept: true } as never }
        : responses[pathname]!;
    },
  };
  const seen: string[] = [];
  const prerenderer = transformPages(astros, (html, pathname) => {
    seen.push(pathname);
    return Buffer.from(html.toString('utf8').toUpperCase());
  });
  const routeData = {} as never;
  const page = await prerenderer.render(new Request('http://x/page/'), { routeData });
  if (page instanceof Response) throw new Error('the metadata was dropped');
  expect(await page.response.text()).toBe('<P>PAGE</P>');
  expect(page.response.status).toBe(404);
  expect(page.response.headers.get('x-kept')).toBe('1');
  expect(page.metadata).toEqual({ kept: true });
  const feed = await prerenderer.render(new Request('http://x/feed.xml'), { routeData });
  expect(feed).toBe(responses['/feed.xml']);
  expect(seen).toEqual(['/page/']);
});
