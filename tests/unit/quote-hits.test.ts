import { describe, expect, it } from 'vitest';
import type { PagefindAnchor, PagefindSubResult } from '../../src/search/pagefind-api.ts';
import { excerptAround, quoteHits, speakerQuotes } from '../../src/search/quote-hits.ts';

/**
 * A page as Pagefind counts its words: `Hale said.` at 0–1, then Hale's quote at 2–6, narration
 * at 7–11, Raman's quote at 12–15 and its second part at 20–22.
 */
const hale = {
  element: 'span',
  id: 'q-we-will-not-sign',
  text: '“We will not sign,”',
  title: 'Owen Hale',
  location: 2,
};
const raman = {
  element: 'span',
  id: 'q-no-side-is-ours',
  text: '“No side is ours,”',
  title: 'Priya Raman',
  location: 12,
};
const ramanPart = { ...raman, id: 'q-no-side-is-ours~2', text: '“We only mediate.”', location: 20 };
const heading = { element: 'h2', id: 'background', text: 'Background', location: 16 };

const sub = (anchor: PagefindAnchor | undefined, locations: number[]): PagefindSubResult => ({
  title: anchor?.title ?? '',
  url: `/articles/strike/#${anchor?.id ?? ''}`,
  excerpt: '',
  ...(anchor ? { anchor } : {}),
  locations,
});

describe('quote-level matching', () => {
  it('keeps a quote whose own words matched, marking them', () => {
    const [hit] = quoteHits([sub(hale, [3, 5])]);
    expect(hit).toEqual({
      quoteId: 'q-we-will-not-sign',
      speaker: 'Owen Hale',
      url: '/articles/strike/#q-we-will-not-sign',
      words: [
        { text: '“We', matched: false },
        { text: 'will', matched: true },
        { text: 'not', matched: false },
        { text: 'sign,”', matched: true },
      ],
    });
  });

  it('drops a quote when the words matched only in the narration after it', () => {
    // Locations 7 and 9 are "Hale said of the deal": inside the sub-result, outside the quote.
    expect(quoteHits([sub(hale, [7, 9])])).toEqual([]);
  });

  it('counts the first and last word of the quote, and nothing either side', () => {
    expect(quoteHits([sub(hale, [2])])).toHaveLength(1);
    expect(quoteHits([sub(hale, [5])])).toHaveLength(1);
    expect(quoteHits([sub(hale, [1, 6])])).toEqual([]);
  });

  it('leads every part of a quote back to the quote, once', () => {
    const hits = quoteHits([sub(raman, [13]), sub(ramanPart, [21])]);
    expect(hits.map((hit) => hit.url)).toEqual(['/articles/strike/#q-no-side-is-ours']);
    const [onlyPart] = quoteHits([sub(ramanPart, [21])]);
    expect(onlyPart?.quoteId).toBe('q-no-side-is-ours');
    expect(onlyPart?.url).toBe('/articles/strike/#q-no-side-is-ours');
  });

  it('ignores headings and the text before the first anchor', () => {
    expect(quoteHits([sub(heading, [16]), sub(undefined, [0])])).toEqual([]);
  });

  it('keeps only the chosen speakers’ quotes, by exact name', () => {
    const subs = [sub(hale, [3]), sub(raman, [13])];
    expect(quoteHits(subs, new Set(['Priya Raman'])).map((hit) => hit.speaker)).toEqual(['Priya Raman']);
    expect(quoteHits(subs, new Set(['Owen Hale', 'Priya Raman']))).toHaveLength(2);
    expect(quoteHits(subs, new Set(['Owen']))).toEqual([]);
  });
});

describe('a speaker’s quotes with no words searched', () => {
  it('lists each quote of the chosen speakers once, unmarked, linked to the quote', () => {
    const hits = speakerQuotes([hale, raman, heading, ramanPart], '/articles/strike/', new Set(['Priya Raman']));
    expect(hits.map((hit) => hit.url)).toEqual(['/articles/strike/#q-no-side-is-ours']);
    expect(hits[0]!.words.some((word) => word.matched)).toBe(false);
  });
});

describe('quote excerpts', () => {
  const words = Array.from({ length: 100 }, (_, i) => ({ text: `w${i}`, matched: i === 60 }));

  it('shows a short quote whole', () => {
    expect(excerptAround(words.slice(0, 10), 40)).toEqual({
      words: words.slice(0, 10),
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('shows a window of a long quote around its first match, saying where it was cut', () => {
    const excerpt = excerptAround(words, 40);
    expect(excerpt.words).toHaveLength(40);
    expect(excerpt.words.some((word) => word.matched)).toBe(true);
    expect(excerpt).toMatchObject({ cutBefore: true, cutAfter: true });
    expect(
      excerptAround(
        words.map((word, i) => ({ ...word, matched: i === 98 })),
        40,
      ),
    ).toMatchObject({
      cutBefore: true,
      cutAfter: false,
    });
  });
});
