/**
 * The built search index is the article pages and nothing else: one Pagefind page per article,
 * and every quote of `quotes.json` an anchor of its article, titled with who said it, so that
 * Pagefind returns it as a sub-result pointing at the quote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { QuotesFile } from '../../src/data/quotes-file.ts';
import type { PagefindAnchor } from '../../src/search/pagefind-api.ts';
import { builtSite } from '../support/built-site.ts';

interface Fragment {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
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
] as const)('the search index of %s', (folder, base) => {
  it('has every article page, each quote an anchor titled by its speaker', () => {
    const site = builtSite(folder, 'pagefind/pagefind-entry.json');
    const { quotes, articles } = JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile;
    const fragments = readFragments(site);
    const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
    const siteUrl = (url: string) => `/${url.slice(base.length)}`;

    // Articles only: no custom records, no list or person pages.
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
      Object.values(articles)
        .map((article) => siteUrl(article.url))
        .sort(),
    );
    for (const article of Object.values(articles)) {
      const fragment = byUrl.get(siteUrl(article.url))!;
      expect(fragment.meta['title']).toBe(article.title);
      expect(fragment.filters['article']).toEqual([article.title]);
      expect(fragment.filters['source']).toEqual([article.source.name]);
    }
    for (const quote of quotes) {
      const fragment = byUrl.get(siteUrl(articles[quote.article]!.url))!;
      const anchor = fragment.anchors.find((candidate) => candidate.id === quote.id);
      expect(anchor, quote.url).toBeDefined();
      expect(anchor?.title).toBe(quote.speaker?.name ?? quote.attribution ?? 'Not attributed');
      expect(anchor?.text.replace(/\s+/g, ' ')).toContain(quote.text.replace(/\s+/g, ' ').split(' ')[0]);
      if (quote.speaker) expect(fragment.filters['speaker']).toContain(quote.speaker.name);
      // Later parts of a split quote are anchors too, under the same speaker.
      for (const part of fragment.anchors.filter((candidate) => candidate.id.startsWith(`${quote.id}~`))) {
        expect(part.title).toBe(anchor?.title);
      }
    }
  });
});
