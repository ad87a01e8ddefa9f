/** The scale benchmark's harness, run end to end on a tiny corpus. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { buildFloor, buildReader, folderBytes, renderChart, type SizeResult } from '../../bench/harness.ts';
import { checkTargets } from '../../bench/run.ts';
import { measureSearch } from '../../bench/search.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { createStaticServer } from '../../scripts/static-server.ts';
import { listenForTest } from '../support/free-port.ts';
import { tempFolder } from '../support/temp-folder.ts';

describe('benchmark harness', { timeout: 240_000 }, () => {
  it('builds a tiny corpus with the reader and the floor, measures them and searches it', async () => {
    const work = tempFolder('bench-test');
    const corpus = path.join(work, 'content');
    writeCorpus(corpus, 4);
    const reader = await buildReader(corpus, path.join(work, 'site'));
    const floor = await buildFloor(corpus, path.join(work, 'floor'));
    for (const build of [reader, floor]) {
      expect(build.wallSeconds).toBeGreaterThan(0);
      expect(build.peakRssBytes).toBeGreaterThan(50 * 1024 * 1024);
    }
    expect(folderBytes(path.join(work, 'site', 'pagefind'))).toBeGreaterThan(0);
    expect(folderBytes(path.join(work, 'floor', 'article-00003'))).toBeGreaterThan(0);
    expect(folderBytes(path.join(work, 'floor', 'pagefind'))).toBe(0);

    const search = await measureSearch({ site: path.join(work, 'site'), query: 'negotiations', runs: 1 });
    expect(search.bytesFetchedForOneSearchGzip).toBeGreaterThan(0);
    expect(search.pastedToFirstResultMs).toBeGreaterThan(0);
    expect(search.typedLastKeyToFirstResultMs).toBeGreaterThan(0);
    expect(search.defaultUi.pastedToFirstResultMs).toBeGreaterThan(0);
  });

  it('draws the chart and checks each target', () => {
    const result = (articles: number, buildSeconds: number): SizeResult => ({
      articles,
      buildSeconds,
      floorSeconds: buildSeconds / 1.2,
      ratioToFloor: 1.2,
      msPerArticle: (buildSeconds * 1000) / articles,
      floorMsPerArticle: 1,
      peakRssMB: 900,
      floorPeakRssMB: 700,
      runs: { buildSeconds: [buildSeconds], floorSeconds: [buildSeconds / 1.2] },
      distMB: 1,
      indexMB: articles / 1000,
      search: {
        query: 'q',
        pastedMs: 80,
        typedMs: 60,
        defaultUiPastedMs: 90,
        defaultUiTypedMs: 50,
        coldOpenToFirstResultsMs: 300,
        bytesFetched: 1,
        bytesFetchedGzip: 1,
      },
    });
    const results = [result(100, 5), result(1000, 30), result(5000, 200)];
    const svg = renderChart(results);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    expect(svg).toContain('Build time and search index size against the number of articles');
    const targets = checkTargets(results);
    expect(targets['5,000 articles ≤ 5.5× the time of 1,000']).toEqual({ ratio: 6.67, met: false });
    expect(targets['peak memory < 1.5 GB at 5000 (must: < 2 GB)']).toEqual({ peakRssMB: 900, met: true, must: true });
    // Under 150 ms both ways, but the typed search is slower than Pagefind's own UI: not met.
    expect(
      targets[`a pasted query's first result < 150 ms at 5000, and no slower than Pagefind's Default UI`],
    ).toMatchObject({ met: true });
    expect(
      targets[`a typed query's first result < 150 ms after the last key at 5000, and no slower than the Default UI`],
    ).toMatchObject({ met: false });
    expect(targets['build time ≤ 1.5× the floor (must: ≤ 2.0×)']).toContainEqual({
      articles: 100,
      ratio: 1.2,
      met: true,
      must: true,
    });
  });
});

it(
  'a 30-article archive: lists by 25 and 50, search loads three articles then ten, speakers found by name',
  { timeout: 120_000 },
  async () => {
    const work = tempFolder('bench-more');
    writeCorpus(path.join(work, 'content'), 30);
    await buildReader(path.join(work, 'content'), path.join(work, 'site'));
    const origin = await listenForTest(createStaticServer({ folder: path.join(work, 'site'), headers: true }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(origin);
      expect(await page.locator('.card').count()).toBe(25);
      await page.getByRole('link', { name: 'Older articles' }).click();
      await expect.poll(() => page.url()).toBe(`${origin}/2/`);
      expect(await page.locator('.card').count()).toBe(5);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Articles, page 2 of 2');
      expect(await page.getByRole('link', { name: 'Newer articles' }).getAttribute('href')).toBe('/');

      // Every quote of the site, 50 a page, numbered on from one page to the next.
      const quotes = JSON.parse(await (await page.request.get(`${origin}/quotes.json`)).text()) as {
        quotes: unknown[];
      };
      const quotePages = Math.ceil(quotes.quotes.length / 50);
      expect(quotePages).toBeGreaterThan(1);
      await page.goto(`${origin}/quotes/`);
      expect(await page.locator('.all-quotes > li').count()).toBe(50);
      await page.getByRole('link', { name: 'Older quotes' }).click();
      await expect.poll(() => page.url()).toBe(`${origin}/quotes/2/`);
      expect(await page.locator('.all-quotes').getAttribute('start')).toBe('51');
      await page.goto(`${origin}/quotes/${quotePages}/`);
      expect(await page.locator('.all-quotes > li').count()).toBe(quotes.quotes.length - 50 * (quotePages - 1));

      // The feed carries the newest 20, in the same order as the home list.
      const feed = await (await page.request.get(`${origin}/rss.xml`)).text();
      const feedLinks = [...feed.matchAll(/<item>[\s\S]*?<link>http:\/\/localhost:4321([^<]+)<\/link>/g)].map(
        (m) => m[1],
      );
      await page.goto(origin);
      const homeLinks = await page
        .locator('.card h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(feedLinks).toEqual(homeLinks.slice(0, 20));

      // A first search fetches the fragments of three articles at most; "show more" fetches ten more.
      const fragments: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
      });
      await page.goto(`${origin}/search/?source=Synthetic+Wire`);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('30 articles found; showing the first 3.');
      expect(await page.locator('#article-results .result').count()).toBe(3);
      expect(fragments.length).toBeLessThanOrEqual(3);
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => page.locator('#article-results .result').count()).toBe(13);
      expect(fragments.length).toBeLessThanOrEqual(13);

      // The speakers, more than the filter panel shows at once, scroll down, never sideways, to the last.
      const speakerList = page.locator('.filter-speaker-list');
      await expect.poll(() => speakerList.locator('li').count()).toBeGreaterThan(20);
      const box = await speakerList.evaluate((list) => {
        list.scrollTop = list.scrollHeight;
        const last = list.lastElementChild!.getBoundingClientRect();
        const shown = list.getBoundingClientRect();
        return {
          scrolls: list.scrollHeight > list.clientHeight,
          sideways: list.scrollWidth > list.clientWidth,
          lastInView: last.top >= shown.top && last.bottom <= shown.bottom + 1 && last.right <= shown.right + 1,
        };
      });
      expect(box).toEqual({ scrolls: true, sideways: false, lastInView: true });

      // "Find a speaker" narrows the list to the names a typed word begins; a chosen speaker stays in view.
      const values = (selector: string) =>
        speakerList.locator(selector).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      const names = await values('input');
      const target = names.at(-1)!;
      const typed = target.split(' ').at(-1)!.slice(0, 3);
      const find = page.getByLabel('Find a speaker');
      await find.fill(typed.toUpperCase());
      const shown = await values('li:visible input');
      expect(shown).toContain(target);
      expect(shown.length).toBeLessThan(names.length);
      for (const name of shown) {
        expect(
          name
            .toLowerCase()
            .split(' ')
            .some((word) => word.startsWith(typed.toLowerCase())),
          name,
        ).toBe(true);
      }
      await speakerList.getByLabel(target).check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('speaker')).toEqual([target]);
      const chosen = page.url();
      await find.fill('qqzx');
      await find.press('Enter');
      const none = page.locator('#speaker-find-none');
      await expect.poll(() => none.isVisible()).toBe(true);
      expect(await none.textContent()).toBe('No speaker’s name matches “qqzx”.');
      expect(await values('li:visible input')).toEqual([target]);
      expect(page.url()).toBe(chosen);
    } finally {
      await browser.close();
    }
  },
);
