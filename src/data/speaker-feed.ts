import { speakerPath, quotePath, standaloneQuote } from '../utils/quote-links.ts';
import { withBase } from '../utils/paths.ts';
import { rssResponse } from '../utils/rss-feed.ts';
import { truncateAtWord } from '../utils/text.ts';
import type { Speaker } from './speakers.ts';

/** Quotes a speaker's feed carries: feed readers only need what is new. */
export const SPEAKER_FEED_ITEMS = 50;

/** Where a speaker's feed is, as a path under the base path. */
export const speakerFeedPath = (speaker: Pick<Speaker, 'id' | 'kind'>) =>
  `${speakerPath(speaker.id, speaker.kind)}rss.xml`;

/**
 * The RSS feed of one person's or organisation's quotes: one item per quote, newest article
 * first (each article's quotes in reading order), the last 50, each linking to the quote in its
 * article. Every value is escaped as XML.
 */
export function speakerFeed(speaker: Speaker, site: URL | undefined): Response {
  const items = speaker.byArticle
    .flatMap(({ article, quotes }) => quotes.map((quote) => ({ article, quote })))
    .slice(0, SPEAKER_FEED_ITEMS);
  return rssResponse({
    title: `Quotes from ${speaker.name} · News Analysis Reader`,
    description: `Every quote from ${speaker.name} found in the articles, newest first.`,
    site: new URL(withBase('/'), site).href,
    items: items.map(({ article, quote }) => ({
      title: `“${truncateAtWord(standaloneQuote(quote.text), 100)}”`,
      link: quotePath(article.id, quote.id),
      description: `“${standaloneQuote(quote.text)}” ${speaker.name}, in “${article.title}” (${article.source.name}).`,
      // Midnight UTC of the article's day, as in the site's feed; undated articles go without.
      ...(article.published ? { pubDate: new Date(`${article.published}T00:00:00Z`) } : {}),
      source: { title: article.source.name, url: article.source.url },
    })),
  });
}
