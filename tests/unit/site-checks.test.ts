/** Each site check, shown a deliberately broken page, must report it. */
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../scripts/checks/check-html.ts';
import { checkLinks } from '../../scripts/checks/check-links.ts';
import { checkWeight, INITIAL_WINDOW_BYTES } from '../../scripts/checks/check-weight.ts';
import { folderWith } from '../support/temp-folder.ts';

const head = (title: string) =>
  `<head><meta charset="utf-8"><title>${title}</title><meta name="description" content="A page."><link rel="icon" href="/news/favicon.svg"></head>`;
const page = (body: string, title = 'Page') =>
  `<!DOCTYPE html><html lang="en">${head(title)}<body>${body}</body></html>`;

const site = (files: Record<string, string>): string => folderWith('site-check', files);

describe('link check', () => {
  it('passes links to existing pages, assets and ids, under the base path', () => {
    const root = site({
      'index.html': page(
        '<a href="/news/a/#q-1">a</a> <a href="/news/favicon.svg">icon</a> <a href="https://x.org/">x</a>',
      ),
      'a/index.html': page('<span id="q-1">quote</span>'),
      'favicon.svg': '<svg/>',
    });
    expect(checkLinks(root, '/news/')).toEqual([]);
  });

  it('reports a missing page, a missing fragment and a link that escapes the base path', () => {
    const root = site({
      'index.html': page('<a href="/news/nope/">x</a> <a href="/news/a/#q-2">y</a> <a href="/a/">z</a>'),
      'a/index.html': page('<span id="q-1">quote</span>'),
      'favicon.svg': '<svg/>',
    });
    expect(checkLinks(root, '/news/')).toEqual([
      'index.html: /news/nope/ → no file in the build',
      'index.html: /news/a/#q-2 → no element with id "q-2"',
      'index.html: /a/ points outside the base path /news/',
    ]);
  });
});

describe('HTML check', () => {
  it('reports invalid markup', async () => {
    const root = site({ 'index.html': page('<main><img src="/x.png"><p><div>bad nesting</div></p></main>') });
    const problems = await checkHtml(root);
    expect(problems.some((p) => p.includes('(wcag/h37)'))).toBe(true);
    expect(problems.length).toBeGreaterThan(1);
  });

  it('passes valid markup', async () => {
    expect(await checkHtml(site({ 'index.html': page('<main><h1>Title</h1><p>Fine.</p></main>') }))).toEqual([]);
  });
});

describe('weight check', () => {
  it('reports an article page over the first round trip, scripts, fonts and missing head tags', () => {
    const random = Array.from({ length: 40_000 }, (_, i) => ((i * 7919) % 65_536).toString(36)).join(' ');
    const root = site({
      'articles/heavy/index.html': page(`<p>${random}</p><script src="/app.js"></script>`),
      'articles/two-scripts/index.html': page(
        '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/big.js"></script>',
      ),
      'articles/one-script/index.html': page('<script type="module" src="/_astro/a.js"></script>'),
      '_astro/a.js': 'document.addEventListener("keydown", () => {});',
      '_astro/big.js': random,
      'bare/index.html': '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>',
      'fonts/serif.woff2': 'x',
    });
    const { problems, articles } = checkWeight(root);
    expect(articles[0]!.bytes).toBeGreaterThan(INITIAL_WINDOW_BYTES);
    expect(problems).toEqual([
      'fonts/serif.woff2: web font in the build; the site uses system fonts',
      'articles/heavy/index.html: a script that is not a deferred module file on an article page',
      expect.stringMatching(
        /^articles\/heavy\/index\.html: \d+ bytes gzipped with its CSS, over the 14600-byte first round trip$/,
      ),
      'articles/two-scripts/index.html: 2 scripts on an article page; one shared script at most',
      expect.stringMatching(
        /^articles\/two-scripts\/index\.html: its script _astro\/big\.js is \d+ bytes gzipped, over the 1024-byte budget$/,
      ),
      'bare/index.html: no <link rel="icon">',
      'bare/index.html: no meta description',
    ]);
  });
});
