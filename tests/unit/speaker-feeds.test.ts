/** Speakers' feeds from quotes.json: one per person or organisation, newest quotes first, at most 50. */
import { describe, expect, it } from 'vitest';
import type { QuotesFile, QuotesFileQuote } from '../../src/data/quotes-file.ts';
import { SPEAKER_FEED_ITEMS, speakerFeeds } from '../../src/data/speaker-feed.ts';

const quote = (n: number, article: string, speaker: QuotesFileQuote['speaker']): QuotesFileQuote => ({
  id: `q-${n}`,
  text: `Words number ${n}.`,
  speaker,
  article,
  url: `/news/articles/${article}/#q-${n}`,
  attribution: null,
  cue: 'said',
  mention: null,
  resolvedBy: 'cue',
  speakerResolvedBy: 'name',
  looksLikeSpeech: true,
  line: n,
});
const acmePerson = { id: 'acme', name: 'Acme Jones', url: '/news/people/acme/', kind: 'person' as const };
const acmeFirm = { id: 'acme', name: 'Acme', url: '/news/organisations/acme/', kind: 'organisation' as const };
const file: QuotesFile = {
  // As quotes.json lists them: newest article first, each article's quotes in reading order.
  quotes: [
    quote(1, 'newer', acmePerson),
    quote(2, 'newer', acmeFirm),
    quote(3, 'newer', null),
    ...Array.from({ length: SPEAKER_FEED_ITEMS + 5 }, (_, i) => quote(10 + i, 'older', acmePerson)),
  ],
  articles: {
    newer: {
      title: 'Newer',
      url: '/news/articles/newer/',
      source: { name: 'Herald', url: 'https://h.example/' },
      published: '2026-02-12',
    },
    older: {
      title: 'Older',
      url: '/news/articles/older/',
      source: { name: 'Wire', url: 'https://w.example/' },
      published: null,
    },
  },
};

describe('speakerFeeds', () => {
  const feeds = speakerFeeds(file, 'https://example.org/news/');

  it('writes one feed per person and per organisation, even when they share an id, and none for unattributed quotes', () => {
    expect(feeds.map((feed) => feed.file)).toEqual(['people/acme/rss.xml', 'organisations/acme/rss.xml']);
  });

  it('lists the speaker’s newest quotes first, at most 50, each linking to the quote under the base path', () => {
    const links = [...feeds[0]!.xml.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links[0]).toBe('https://example.org/news/');
    expect(links.slice(1, 3)).toEqual([
      'https://example.org/news/articles/newer/#q-1',
      'https://example.org/news/articles/older/#q-10',
    ]);
    expect(links).toHaveLength(1 + SPEAKER_FEED_ITEMS);
    expect(feeds[0]!.xml).toContain('<title>Quotes from Acme Jones · News Analysis Reader</title>');
  });

  it('dates quotes by their article, and leaves those of an undated article undated', () => {
    const items = feeds[0]!.xml.split('<item>').slice(1);
    expect(items[0]).toContain('<pubDate>Thu, 12 Feb 2026 00:00:00 GMT</pubDate>');
    expect(items[1]).not.toContain('<pubDate>');
  });
});
