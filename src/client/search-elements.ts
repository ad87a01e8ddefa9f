/**
 * The search page's elements (`src/pages/search.astro`), each looked up once and checked: a page
 * that lost one fails with its name, instead of a null found later in the middle of a search.
 */
const ELEMENTS = {
  page: ['search-page', HTMLElement],
  form: ['search-form', HTMLFormElement],
  input: ['search-query', HTMLInputElement],
  clear: ['search-clear', HTMLButtonElement],
  status: ['search-status', HTMLElement],
  suggestions: ['search-suggestions', HTMLElement],
  removeFilters: ['remove-filters', HTMLButtonElement],
  quoteList: ['quote-results', HTMLOListElement],
  articleList: ['article-results', HTMLOListElement],
  quoteSection: ['quote-results-section', HTMLElement],
  articleSection: ['article-results-section', HTMLElement],
  more: ['more-results', HTMLButtonElement],
  filterPanel: ['search-filters', HTMLDetailsElement],
  speakerList: ['filter-speaker', HTMLElement],
  speakerFindRow: ['speaker-find-row', HTMLElement],
  speakerFind: ['speaker-find', HTMLInputElement],
  speakerFindNone: ['speaker-find-none', HTMLElement],
  articleSelect: ['filter-article', HTMLSelectElement],
  sourceSelect: ['filter-source', HTMLSelectElement],
} as const;

type Elements = typeof ELEMENTS;
export type SearchElements = { readonly [K in keyof Elements]: InstanceType<Elements[K][1]> };

export function searchElements(root: Document): SearchElements {
  const found: Partial<Record<keyof Elements, HTMLElement>> = {};
  for (const [key, [id, type]] of Object.entries(ELEMENTS) as [keyof Elements, Elements[keyof Elements]][]) {
    const element = root.getElementById(id);
    if (!(element instanceof type)) throw new Error(`The search page has no ${type.name} #${id}.`);
    found[key] = element;
  }
  return found as SearchElements;
}
