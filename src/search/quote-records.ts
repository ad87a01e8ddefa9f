import type { CustomRecord } from 'pagefind';
import type { QuotesFile } from '../data/quotes-file.ts';

/** Index URLs are site-relative; the search page tells Pagefind the base path at run time. */
const withoutBase = (url: string, base: string) => `/${url.slice(base.length).replace(/^\/+/, '')}`;

/**
 * One Pagefind record per quote, whose URL is the quote's place in its article, with the
 * filters `speaker` (only this quote's own), `article` and `source`, and meta for the speaker
 * and the date. The record's content is the quote itself, so results read it from there.
 *
 * @param base The site's base path, with its trailing slash (`/` or `/news-reader/`).
 */
export function quoteRecords({ quotes, articles }: QuotesFile, base: string): CustomRecord[] {
  return quotes.map((quote) => {
    const article = articles[quote.article];
    if (!article) throw new Error(`quotes.json: quote ${quote.id} names an unknown article "${quote.article}"`);
    const speaker = quote.speaker?.name ?? quote.attribution ?? 'Not attributed';
    return {
      url: withoutBase(quote.url, base),
      content: quote.text,
      language: 'en',
      // Every meta value is searchable: the speaker's name finds their quotes, but the article's
      // title or outlet here would make every quote of an article match its words. Those go in the
      // filters, which the results also carry.
      meta: { type: 'quote', speaker, ...(article.published ? { date: article.published } : {}) },
      filters: {
        ...(quote.speaker ? { speaker: [quote.speaker.name] } : {}),
        article: [article.title],
        source: [article.source.name],
      },
    };
  });
}
