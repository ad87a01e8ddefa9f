/** One entry of a feed. Links may be paths: they are made absolute on the channel's `site`. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date | undefined;
  categories?: string[] | undefined;
  source?: { title: string; url: string } | undefined;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The site's absolute address, base path included: the channel's link, and links' base. */
  site: string;
  items: FeedItem[];
}

/** Text and attribute values as XML: `AT&T <Wire>` stays text, never markup. */
const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/**
 * An RSS 2.0 document, written directly: `@astrojs/rss` checks every item with zod and builds the
 * XML through an object model, about ten times slower, and a site has a feed per speaker
 * (docs/benchmarks.md).
 *
 * `{ title: 'News', site: 'https://example.org/', items: [{ title: 'A & B', link: '/a/' }] }` →
 * `<?xml …?><rss version="2.0"><channel><title>News</title>…<item><title>A &amp; B</title>
 * <link>https://example.org/a/</link><guid isPermaLink="true">https://example.org/a/</guid>…`
 */
export function rssFeed(channel: FeedChannel): string {
  const items = channel.items.map((item) => {
    const link = new URL(item.link, channel.site).href;
    return [
      '<item>',
      element('title', item.title),
      element('link', link),
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      element('description', item.description),
      item.pubDate ? element('pubDate', item.pubDate.toUTCString()) : '',
      ...(item.categories ?? []).map((category) => element('category', category)),
      item.source ? `<source url="${escapeXml(item.source.url)}">${escapeXml(item.source.title)}</source>` : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>',
    element('title', channel.title),
    element('description', channel.description),
    element('link', channel.site),
    ...items,
    '</channel></rss>',
  ].join('');
}

/** A feed as an endpoint's response. */
export const rssResponse = (channel: FeedChannel): Response =>
  new Response(rssFeed(channel), { headers: { 'Content-Type': 'application/xml' } });
