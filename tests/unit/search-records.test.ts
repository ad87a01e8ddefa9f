import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuotesFile } from '../../src/data/quotes-file.ts';
import { quoteRecords } from '../../src/search/quote-records.ts';
import { listenForQuotes, offerQuotes } from '../../src/search/quotes-handoff.ts';
import { sampleQuotesFile } from '../support/quotes-file.ts';

const file = sampleQuotesFile('/news-reader/');

describe('quoteRecords', () => {
  it('makes one record per quote at its place in the article, with only its own speaker as filter', () => {
    expect(quoteRecords(file, '/news-reader/')).toEqual([
      {
        url: '/articles/talks/#q-under-the-bus',
        content: 'Trump has thrown Netanyahu under the bus,',
        language: 'en',
        meta: { type: 'quote', speaker: 'Neil Quilliam' },
        filters: { speaker: ['Neil Quilliam'], article: ['Direct talks'], source: ['News.Az'] },
      },
      {
        url: '/articles/talks/#q-no-deal',
        content: 'There is no deal yet.',
        language: 'en',
        meta: { type: 'quote', speaker: 'an informed source' },
        filters: { article: ['Direct talks'], source: ['News.Az'] },
      },
    ]);
  });

  it('adds the date when the article has one', () => {
    const dated = { ...file, articles: { talks: { ...file.articles['talks']!, published: '2025-03-06' } } };
    expect(quoteRecords(dated, '/news-reader/')[0]?.meta).toEqual({
      type: 'quote',
      speaker: 'Neil Quilliam',
      date: '2025-03-06',
    });
  });

  it('names the quote when its article is missing', () => {
    expect(() => quoteRecords({ ...file, articles: {} }, '/')).toThrow(/q-under-the-bus.*unknown article "talks"/);
  });
});

describe('the quotes hand-over', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('does not even build the quotes when nobody listens', () => {
    const build = vi.fn(() => file);
    offerQuotes(build);
    expect(build).not.toHaveBeenCalled();
  });

  it('gives the quotes to the listener until it stops listening', () => {
    const received: QuotesFile[] = [];
    stop = listenForQuotes((quotes) => received.push(quotes));
    offerQuotes(() => file);
    stop();
    offerQuotes(() => file);
    expect(received).toEqual([file]);
  });
});
