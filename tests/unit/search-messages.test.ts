/** What the search page says about a search, word for word. */
import { describe, expect, it } from 'vitest';
import { quotedQuery, statusText } from '../../src/search/search-messages.ts';
import { emptyState, type SearchState } from '../../src/search/search-state.ts';

const state = (changes: Partial<SearchState>): SearchState => ({ ...emptyState(), ...changes });

describe('quotedQuery', () => {
  it('puts the reader’s words in curly quotation marks', () => {
    expect(quotedQuery(' under the bus ')).toBe('“under the bus”');
  });

  it('keeps a phrase’s own marks, curly, with no second pair around them', () => {
    expect(quotedQuery('"not going back"')).toBe('“not going back”');
    expect(quotedQuery('“not going back”')).toBe('“not going back”');
    expect(quotedQuery('"not going back" union')).toBe('“not going back” union');
  });
});

describe('statusText', () => {
  it('counts quotes and articles, and says when only the first articles have been looked at', () => {
    expect(statusText({ state: state({ query: 'ships' }), quotes: 2, articles: 2, shown: 2 })).toBe(
      '2 quotes and 2 articles found for “ships”.',
    );
    expect(statusText({ state: state({ query: 'ships' }), quotes: 0, articles: 30, shown: 3 })).toBe(
      '30 articles found for “ships”; showing the first 3.',
    );
  });

  it('names the one speaker chosen, or the chosen speakers, when none of their quotes match', () => {
    expect(
      statusText({
        state: state({ query: 'lawful dispute', speakers: ['Owen Hale'] }),
        quotes: 0,
        articles: 2,
        shown: 2,
      }),
    ).toBe('No quotes by Owen Hale match “lawful dispute”.');
    expect(
      statusText({
        state: state({ query: 'bus', speakers: ['Owen Hale', 'Priya Raman'] }),
        quotes: 0,
        articles: 40,
        shown: 30,
      }),
    ).toBe('No quotes by the chosen speakers match “bus” in the first 30 of 40 articles.');
  });

  it('with speakers and matches, counts only their quotes', () => {
    expect(
      statusText({
        state: state({ query: 'bus', speakers: ['Owen Hale', 'Priya Raman'] }),
        quotes: 1,
        articles: 2,
        shown: 2,
      }),
    ).toBe('1 quote found by Owen Hale or Priya Raman for “bus”.');
  });

  it('with nothing found, suggests other words, and removing the filters when there are any', () => {
    expect(statusText({ state: state({ query: 'zzz' }), quotes: 0, articles: 0, shown: 0 })).toBe(
      'No quotes or articles found for “zzz”. Try fewer or other words.',
    );
    expect(
      statusText({ state: state({ query: 'zzz', source: 'Harbour Herald' }), quotes: 0, articles: 0, shown: 0 }),
    ).toBe('No quotes or articles found for “zzz”. Try fewer or other words, or remove the filters.');
  });

  it('quotes a phrase search once', () => {
    expect(statusText({ state: state({ query: '"not going back"' }), quotes: 1, articles: 1, shown: 1 })).toBe(
      '1 quote and 1 article found for “not going back”.',
    );
  });
});
