/** The site's RSS documents: valid RSS 2.0, absolute links, every value escaped. */
import { describe, expect, it } from 'vitest';
import { rssFeed } from '../../src/utils/rss-feed.ts';

describe('rssFeed', () => {
  const feed = rssFeed({
    title: 'Quotes from Ana & Co',
    description: 'Every quote, newest first.',
    site: 'https://example.org/news-reader/',
    items: [
      {
        title: '“Not <b>bold</b>”',
        link: '/news-reader/articles/talks/#q-not-bold',
        description: 'Said by "Ana" O\'Neill.',
        pubDate: new Date('2026-02-12T00:00:00Z'),
        categories: ['Harbour Herald'],
        source: { title: 'AT&T <Wire></source><link>x</link>', url: 'https://example.org/herald?a=1&b=2' },
      },
      { title: 'Undated', link: '/news-reader/articles/undated/', description: 'No date.' },
    ],
  });

  it('is an RSS 2.0 channel with the site as its link', () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"><channel>/);
    expect(feed).toContain('<title>Quotes from Ana &amp; Co</title>');
    expect(feed).toContain('<link>https://example.org/news-reader/</link>');
    expect(feed.endsWith('</channel></rss>')).toBe(true);
  });

  it('makes links absolute, each also the item’s permanent guid', () => {
    expect(feed).toContain('<link>https://example.org/news-reader/articles/talks/#q-not-bold</link>');
    expect(feed).toContain(
      '<guid isPermaLink="true">https://example.org/news-reader/articles/talks/#q-not-bold</guid>',
    );
  });

  it('escapes every value, so no text becomes markup', () => {
    const first = /<item>([\s\S]*?)<\/item>/.exec(feed)![1]!;
    expect(first.match(/<link>/g)).toHaveLength(1);
    expect(first).toContain('<title>“Not &lt;b&gt;bold&lt;/b&gt;”</title>');
    expect(first).toContain('<description>Said by &quot;Ana&quot; O&apos;Neill.</description>');
    expect(first).toContain(
      '<source url="https://example.org/herald?a=1&amp;b=2">AT&amp;T &lt;Wire&gt;&lt;/source&gt;&lt;link&gt;x&lt;/link&gt;</source>',
    );
  });

  it('dates an item in RFC 822 and leaves an undated one without a date', () => {
    expect(feed).toContain('<pubDate>Thu, 12 Feb 2026 00:00:00 GMT</pubDate>');
    const undated = feed.split('<item>')[2]!;
    expect(undated).not.toContain('pubDate');
  });
});
