/**
 * The built search index holds every quote of `quotes.json` as its own record and every article
 * page, whichever way the quotes reached the integration (handed over while the pages rendered,
 * or read from `quotes.json` afterwards).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { QuotesFile } from '../../src/data/quotes-file.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragment files are gzipped JSON behind a `pagefind_dcd` signature. */
function readFragments(site: string): Fragment[] {
  const folder = path.join(site, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const bytes = gunzipSync(readFileSync(path.join(folder, name)));
    return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
  });
}

describe.each([
  ['dist-e2e', '/'],
  ['dist-subpath/news-reader', '/news-reader/'],
])('the search index of %s', (folder, base) => {
  const site = path.resolve(folder);
  it.skipIf(!existsSync(path.join(site, 'pagefind')))('has one record per quote and per article, no more', () => {
    const { quotes, articles } = JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile;
    const byUrl = new Map(readFragments(site).map((fragment) => [fragment.url, fragment]));
    const siteUrl = (url: string) => `/${url.slice(base.length)}`;

    for (const quote of quotes) {
      const record = byUrl.get(siteUrl(quote.url));
      expect(record, quote.url).toBeDefined();
      expect(record?.content).toBe(quote.text);
      expect(record?.meta['type']).toBe('quote');
      expect(record?.filters['speaker']).toEqual(quote.speaker ? [quote.speaker.name] : undefined);
      expect(record?.filters['article']).toEqual([articles[quote.article]?.title]);
    }
    for (const article of Object.values(articles)) {
      expect(byUrl.get(siteUrl(article.url))?.meta['title'], article.url).toBe(article.title);
    }
    expect(byUrl.size).toBe(quotes.length + Object.keys(articles).length);
  });
});
