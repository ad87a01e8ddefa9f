/**
 * What the search page says about a search, as text: pure, so every wording is tested without a
 * browser. `src/client/search-page.ts` puts it in the page.
 */
import type { SearchState } from './search-state.ts';
import { hasFilters } from './search-state.ts';
import { plural } from '../utils/text.ts';

export const PROMPT = 'Type words from an article or a quote.';

/** Straight or typographic double quotation marks, as a reader may type them around a phrase. */
const QUOTE_MARKS = /["“”„«»]/;

/**
 * The reader's words as the page quotes them back: `“under the bus”`. A search that has marks of
 * its own (a phrase) keeps them, straight ones made curly, and gets no second pair around it.
 */
export function quotedQuery(query: string): string {
  const words = query.trim();
  if (!QUOTE_MARKS.test(words)) return `“${words}”`;
  let marks = 0;
  return words.replace(/"/g, () => (marks++ % 2 === 0 ? '“' : '”'));
}

/** `for “under the bus”`, `by Owen Hale or Priya Raman for “bus”`: what was asked, as a phrase. */
export function describeSearch(state: SearchState): string {
  const words = state.query.trim() ? ` for ${quotedQuery(state.query)}` : '';
  const by = state.speakers.length > 0 ? ` by ${state.speakers.join(' or ')}` : '';
  return `${by}${words}`;
}

/** Whose quotes were asked for: the one speaker by name, or the chosen speakers. */
const whose = (state: SearchState) => (state.speakers.length === 1 ? state.speakers[0]! : 'the chosen speakers');

export interface Outcome {
  state: SearchState;
  /** Quotes listed so far. */
  quotes: number;
  /** Articles Pagefind found, and how many of them have been looked at. */
  articles: number;
  shown: number;
}

export function statusText({ state, quotes, articles, shown }: Outcome): string {
  const partial = shown < articles;
  const query = state.query.trim();
  if (state.speakers.length > 0) {
    if (quotes === 0 && query) {
      const where = partial ? ` in the first ${shown} of ${plural(articles, 'article')}` : '';
      return `No quotes by ${whose(state)} match ${quotedQuery(query)}${where}.`;
    }
    if (quotes === 0) return `No quotes found${describeSearch(state)}.`;
    return `${plural(quotes, 'quote')} found${describeSearch(state)}${partial ? ` in the first ${shown} of ${plural(articles, 'article')}` : ''}.`;
  }
  if (articles === 0) {
    return `No quotes or articles found${describeSearch(state)}. Try fewer or other words${hasFilters(state) ? ', or remove the filters' : ''}.`;
  }
  const found = `${quotes > 0 ? `${plural(quotes, 'quote')} and ` : ''}${plural(articles, 'article')} found`;
  return `${found}${describeSearch(state)}${partial ? `; showing the first ${shown}` : ''}.`;
}
