import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { articlePath, withBase } from '../utils/paths.ts';
import { rssResponse } from '../utils/rss-feed.ts';

/**
 * How many articles the feed carries. Feed readers fetch the feed again every hour or so and
 * only need what is new; a feed of the whole archive grows with it, to megabytes. The sitemap
 * and the home list reach every article.
 */
export const FEED_ITEMS = 20;

/**
 * The RSS feed of the newest articles, newest first, with absolute links on `SITE_URL` and the
 * base path. Every value is escaped as XML: an outlet called `AT&T <Wire>` is text, never markup.
 */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).slice(0, FEED_ITEMS);
  return rssResponse({
    title: 'News Analysis Reader',
    description: 'News analysis with every quotation found and attributed to the person who said it.',
    site: new URL(withBase('/'), site).href,
    items: articles.map((article) => ({
      title: article.title,
      link: articlePath(article.id),
      description: article.teaser,
      // Undated articles go without a date rather than with an invented one.
      // Midnight UTC of the day, so the feed is the same whichever time zone builds it.
      ...(article.published ? { pubDate: new Date(`${article.published}T00:00:00Z`) } : {}),
      categories: [article.source.name],
      source: { title: article.source.name, url: article.source.url },
    })),
  });
};
