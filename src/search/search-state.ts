/**
 * What a search is, as its address says it: `/search/?q=port&speaker=Owen+Hale&speaker=Priya+Raman`.
 * Several `speaker` values mean quotes by either of them; `article` and `source` take one value.
 * Pure, so the address round-trips in unit tests as it does in the browser.
 */
import type { FilterValue } from './pagefind-api.ts';

export const MAX_QUERY = 500;

export interface SearchState {
  query: string;
  speakers: string[];
  article: string;
  source: string;
}

export const emptyState = (): SearchState => ({ query: '', speakers: [], article: '', source: '' });

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    speakers: [...new Set(params.getAll('speaker').filter(Boolean))],
    article: params.get('article') ?? '',
    source: params.get('source') ?? '',
  };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const speaker of state.speakers) params.append('speaker', speaker);
  if (state.article) params.set('article', state.article);
  if (state.source) params.set('source', state.source);
  return params;
}

export const hasFilters = (state: SearchState): boolean =>
  state.speakers.length > 0 || state.article !== '' || state.source !== '';

/**
 * Pagefind's filters for the state. Speakers go as `{ any: [...] }`: a plain array would ask for
 * articles quoting all of them. The page-level filter only narrows the articles; which quotes
 * are shown is decided per quote (see `quote-hits.ts`).
 */
export function pagefindFilters(state: SearchState): Record<string, FilterValue> {
  return {
    ...(state.speakers.length > 0 ? { speaker: { any: state.speakers } } : {}),
    ...(state.article ? { article: state.article } : {}),
    ...(state.source ? { source: state.source } : {}),
  };
}
