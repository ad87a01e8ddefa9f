/**
 * Quote hits: a quote is found when every typed word begins one of its own words and every
 * phrase in double quotes stands in it, as Pagefind reads a search for pages. The articles here
 * are written in the project's own words.
 */
import { describe, expect, it } from 'vitest';
import type { PagefindAnchor } from '../../src/search/pagefind-api.ts';
import { parseQuery } from '../../src/search/query.ts';
import { excerptAround, quoteHits, speakerQuotes } from '../../src/search/quote-hits.ts';

const anchor = (id: string, text: string, title?: string): PagefindAnchor => ({
  element: title ? 'span' : 'h2',
  id,
  text,
  location: 0,
  ...(title ? { title } : {}),
});

/** A page with Hale's quote, a heading, Raman's quote over two paragraphs and an unattributed one. */
const page = {
  url: '/articles/strike/',
  anchors: [
    anchor('q-we-will-not-sign', '“We will not sign a deal that throws the drivers under the bus,”', 'Owen Hale'),
    anchor('background', 'Background'),
    anchor('q-no-side-is-ours', '“No side is ours. The bus drivers know that,”', 'Priya Raman'),
    anchor('q-no-side-is-ours~2', '“and they know it under their contracts.”', 'Priya Raman'),
    anchor('q-the-depot-stays', '“The depot stays shut.”', 'Not attributed'),
  ],
};
const search = (query: string, speakers?: string[]) =>
  quoteHits(page, parseQuery(query), speakers ? new Set(speakers) : undefined);
const found = (query: string, speakers?: string[]) => search(query, speakers).map((hit) => hit.quoteId);

describe('parseQuery', () => {
  it('reads words and phrases in straight or curly double quotes, folding case and accents', () => {
    expect(parseQuery('Orbán "Under the BUS" deal')).toEqual({
      words: ['orban', 'deal'],
      phrases: [['under', 'the', 'bus']],
    });
    expect(parseQuery('“under the bus”')).toEqual({ words: [], phrases: [['under', 'the', 'bus']] });
    // A phrase still being typed runs to the end; a phrase of one word is a word.
    expect(parseQuery('"under the')).toEqual({ words: [], phrases: [['under', 'the']] });
    expect(parseQuery('"bus"')).toEqual({ words: ['bus'], phrases: [] });
  });
});

describe('quote-level matching', () => {
  it('needs every typed word in the quote itself, each the start of one of its words', () => {
    expect(found('under bus')).toEqual(['q-we-will-not-sign', 'q-no-side-is-ours']);
    expect(found('dri sig')).toEqual(['q-we-will-not-sign']);
    // As Pagefind's English index does, a word finds its other forms: `signing` finds `sign`.
    expect(found('signing driver')).toEqual(['q-we-will-not-sign']);
    // `the` and `their` alone do not make "under the bus" a hit: every word must be there.
    expect(found('under the bus depot')).toEqual([]);
  });

  it('reads a quote over several paragraphs as one', () => {
    expect(found('side contracts')).toEqual(['q-no-side-is-ours']);
  });

  it('matches a phrase only where its words stand together and in order', () => {
    expect(found('"under the bus"')).toEqual(['q-we-will-not-sign']);
    expect(found('“under the bus”')).toEqual(['q-we-will-not-sign']);
    expect(found('"the bus under"')).toEqual([]);
  });

  it('does not count a word that occurs only in the narration or a heading', () => {
    expect(found('background')).toEqual([]);
  });

  it('puts the denser match first', () => {
    // Raman's quote, later on the page, holds "bus drivers" side by side; Hale's, four words apart.
    expect(found('bus drivers')).toEqual(['q-no-side-is-ours', 'q-we-will-not-sign']);
  });

  it('marks the words that matched, every occurrence, and links to the quote', () => {
    const [hit] = search('sign dri');
    expect(hit).toMatchObject({
      quoteId: 'q-we-will-not-sign',
      speaker: 'Owen Hale',
      url: '/articles/strike/#q-we-will-not-sign',
    });
    expect(hit!.words.filter((word) => word.matched).map((word) => word.text)).toEqual(['sign', 'drivers']);
  });

  it('keeps to the chosen speakers, and finds nothing when they never said the words', () => {
    expect(found('bus', ['Priya Raman'])).toEqual(['q-no-side-is-ours']);
    expect(found('under the bus', ['Owen Hale', 'Priya Raman'])).toEqual(['q-we-will-not-sign', 'q-no-side-is-ours']);
    expect(found('depot', ['Owen Hale'])).toEqual([]);
  });
});

describe('speaker listing', () => {
  it('lists a speaker’s quotes in reading order when nothing is searched', () => {
    expect(speakerQuotes(page, new Set(['Priya Raman'])).map((hit) => hit.quoteId)).toEqual(['q-no-side-is-ours']);
  });
});

describe('excerptAround', () => {
  it('shows a window around the first match of a long quote', () => {
    const words = Array.from({ length: 100 }, (_, i) => ({ text: `w${i}`, matched: i === 60 }));
    const excerpt = excerptAround(words, 30);
    expect(excerpt.words[0]!.text).toBe('w50');
    expect(excerpt).toMatchObject({ cutBefore: true, cutAfter: true });
  });
});
