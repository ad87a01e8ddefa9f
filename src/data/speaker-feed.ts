import type { SpeakerKind } from '../quotes/types.ts';
import { SPEAKER_FOLDERS, speakerPath, standaloneQuote } from '../utils/quote-links.ts';
import { rssFeed } from '../utils/rss-feed.ts';
import { truncateAtWord } from '../utils/text.ts';
import type { QuotesFile } from './quotes-file.ts';

/** Quotes a speaker's feed carries: feed readers only need what is new. */
export const SPEAKER_FEED_ITEMS = 50;

/** Where a speaker's feed is, as a path under the base path. */
export const speakerFeedPath = (speaker: { id: string; kind: SpeakerKind }) =>
  `${speakerPath(speaker.id, speaker.kind)}rss.xml`;

/**
 * Every person's and organisation's feed, from `quotes.json`: one item per quote, newest article
 * first (each article's quotes in reading order, as the file lists them), the last 50, each
 * linking to the quote in its article. `file` is where it goes in the built site, below the base
 * path: `people/<id>/rss.xml`. `site` is the site's address with the base path.
 *
 * `{ quotes: [{ speaker: { id: 'ana-ruiz', kind: 'person', … }, url: '/articles/a/#q-x', … }] }` →
 * `[{ file: 'people/ana-ruiz/rss.xml', xml: '<?xml …><rss …><item>…#q-x…</item>…' }]`
 */
export function speakerFeeds(quotesFile: QuotesFile, site: string): { file: string; xml: string }[] {
  const bySpeaker = Map.groupBy(
    quotesFile.quotes.filter((quote) => quote.speaker),
    (quote) => `${quote.speaker!.kind}/${quote.speaker!.id}`,
  );
  return [...bySpeaker.values()].map((quotes) => {
    const speaker = quotes[0]!.speaker!;
    const xml = rssFeed({
      title: `Quotes from ${speaker.name} · News Analysis Reader`,
      description: `Every quote from ${speaker.name} found in the articles, newest first.`,
      site,
      items: quotes.slice(0, SPEAKER_FEED_ITEMS).map((quote) => {
        const article = quotesFile.articles[quote.article]!;
        return {
          title: `“${truncateAtWord(standaloneQuote(quote.text), 100)}”`,
          link: quote.url,
          description: `“${standaloneQuote(quote.text)}” ${speaker.name}, in “${article.title}” (${article.source.name}).`,
          // Midnight UTC of the article's day, as in the site's feed; undated articles go without.
          ...(article.published ? { pubDate: new Date(`${article.published}T00:00:00Z`) } : {}),
          source: { title: article.source.name, url: article.source.url },
        };
      }),
    });
    return { file: `${SPEAKER_FOLDERS[speaker.kind]}/${speaker.id}/rss.xml`, xml };
  });
}
