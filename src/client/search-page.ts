/**
 * The search page: reads the search from the address, asks Pagefind, and lists the quotes whose
 * own words matched (with a speaker filter, only that speaker's) and, with no speaker chosen, the
 * articles. Loaded by /search/ only; other pages reach it through the header form or a shortcut.
 */
import type { Pagefind, PagefindModule, PagefindPage, PagefindSearch } from '../search/pagefind-api.ts';
import { type QuoteHit, quoteHits, speakerQuotes } from '../search/quote-hits.ts';
import {
  emptyState,
  hasFilters,
  MAX_QUERY,
  pagefindFilters,
  type SearchState,
  stateFromParams,
  stateToParams,
} from '../search/search-state.ts';
import { withBase } from '../utils/paths.ts';
import { plural } from '../utils/text.ts';
import { element, renderArticle, renderQuote } from './search-results.ts';

/** Articles whose fragments load at a time: each is one request. */
const PAGE_SIZE = 10;

const base = withBase('/');
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-query');
const clear = byId<HTMLButtonElement>('search-clear');
const status = byId<HTMLElement>('search-status');
const removeFilters = byId<HTMLButtonElement>('remove-filters');
const quoteList = byId<HTMLOListElement>('quote-results');
const articleList = byId<HTMLOListElement>('article-results');
const quoteSection = byId<HTMLElement>('quote-results-section');
const articleSection = byId<HTMLElement>('article-results-section');
const more = byId<HTMLButtonElement>('more-results');
const filterPanel = byId<HTMLDetailsElement>('search-filters');
const speakerList = byId<HTMLElement>('filter-speaker');
const articleSelect = byId<HTMLSelectElement>('filter-article');
const sourceSelect = byId<HTMLSelectElement>('filter-source');

let pagefind: Promise<Pagefind> | undefined;
/** The newest search; answers to older ones are dropped. */
let latest = 0;
let current: { search: PagefindSearch; state: SearchState; shown: number; ticket: number } | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    // On the main thread: a worker is another 12 KB (gzip) to fetch, and a news archive's index
    // searches in milliseconds; the CSP's Trusted Types would also refuse the worker's script URL.
    const engine = module.createInstance({ baseUrl: base, excerptLength: 30, noWorker: true });
    await engine.init();
    return engine;
  })();
  return pagefind;
}

function formState(): SearchState {
  return {
    query: input.value.slice(0, MAX_QUERY),
    speakers: [...speakerList.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value),
    article: articleSelect.value,
    source: sourceSelect.value,
  };
}

/** Shows a state in the form; filter values not in the lists yet are kept as options. */
function showState(state: SearchState): void {
  input.value = state.query;
  for (const box of speakerList.querySelectorAll<HTMLInputElement>('input'))
    box.checked = state.speakers.includes(box.value);
  for (const speaker of state.speakers) {
    if (!speakerList.querySelector(`input[value="${CSS.escape(speaker)}"]`))
      speakerList.append(speakerOption(speaker, undefined, true));
  }
  selectValue(articleSelect, state.article);
  selectValue(sourceSelect, state.source);
  clear.hidden = !state.query;
}

function selectValue(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((option) => option.value === value)) select.append(option(value, value));
  select.value = value;
}

function option(value: string, text: string): HTMLOptionElement {
  const node = element('option', undefined, text);
  node.value = value;
  return node;
}

function speakerOption(name: string, articles: number | undefined, checked: boolean): HTMLLIElement {
  const item = element('li');
  const label = element('label');
  const box = element('input');
  box.type = 'checkbox';
  box.name = 'speaker';
  box.value = name;
  box.checked = checked;
  label.append(box, ` ${name}`);
  if (articles !== undefined) label.append(' ', element('span', 'filter-count', `(${plural(articles, 'article')})`));
  item.append(label);
  return item;
}

let filtersFilled = false;

/**
 * Fills the filter lists from the index, each value with how many articles have it. Only when the
 * reader opens them (or the address names a filter): on a large archive they are the heaviest download.
 */
async function fillFilters(state: SearchState): Promise<void> {
  if (filtersFilled) return;
  filtersFilled = true;
  try {
    const available = await (await loadPagefind()).filters();
    const sorted = (name: string) => Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en'));
    speakerList.replaceChildren(
      ...sorted('speaker').map(([name, count]) => speakerOption(name, count, state.speakers.includes(name))),
    );
    for (const [select, name] of [
      [articleSelect, 'article'],
      [sourceSelect, 'source'],
    ] as const) {
      select.replaceChildren(
        option('', 'All'),
        ...sorted(name).map(([value, count]) => option(value, `${value} (${plural(count, 'article')})`)),
      );
    }
    showState(state);
  } catch {
    // run() reports an index that cannot be loaded.
  }
}

function clearResults(): void {
  current = undefined;
  quoteList.replaceChildren();
  articleList.replaceChildren();
  quoteSection.hidden = true;
  articleSection.hidden = true;
  more.hidden = true;
}

/**
 * Quotes to list for one article: those whose own words matched; with no words but a speaker
 * chosen, every quote of that speaker's.
 */
function hitsOf(page: PagefindPage, state: SearchState): QuoteHit[] {
  const speakers = state.speakers.length > 0 ? new Set(state.speakers) : undefined;
  if (state.query.trim()) return quoteHits(page.sub_results, speakers);
  return speakers ? speakerQuotes(page.anchors, page.url, speakers) : [];
}

/**
 * Loads the next articles of the current search and shows each as soon as its fragment arrives,
 * in rank order: the first results appear after one fetch, not ten.
 */
async function showMore(): Promise<void> {
  if (!current) return;
  const { search, state, ticket } = current;
  const loading = search.results.slice(current.shown, current.shown + PAGE_SIZE).map((result) => result.data());
  for (const next of loading) {
    const page = await next;
    if (ticket !== latest || !current) return;
    current.shown += 1;
    const quotes = hitsOf(page, state).map((hit) => renderQuote(hit, page));
    quoteList.append(...quotes);
    // With a speaker chosen, a reader asked for that speaker's words: no bare articles.
    if (state.speakers.length === 0) articleList.append(renderArticle(page));
    quoteSection.hidden = quoteList.children.length === 0;
    articleSection.hidden = articleList.children.length === 0;
  }
  more.hidden = current.shown >= search.results.length;
}

function describe(state: SearchState): string {
  const words = state.query.trim() ? ` for “${state.query.trim()}”` : '';
  const by = state.speakers.length > 0 ? ` by ${state.speakers.join(' or ')}` : '';
  return `${by}${words}`;
}

async function run(state: SearchState): Promise<void> {
  const ticket = ++latest;
  removeFilters.hidden = true;
  if (!state.query.trim() && !hasFilters(state)) {
    clearResults();
    status.textContent = 'Type words from an article or a quote.';
    return;
  }
  status.textContent = 'Searching…';
  let search: PagefindSearch | null;
  try {
    search = await (await loadPagefind()).search(state.query.trim() || null, { filters: pagefindFilters(state) });
  } catch {
    status.textContent =
      'The search index could not be loaded. If you are running the site locally, build it first with npm run build.';
    return;
  }
  if (ticket !== latest || !search) return;
  clearResults();
  current = { search, state, shown: 0, ticket };
  await showMore();
  if (ticket !== latest) return;
  const quotes = quoteList.children.length;
  const articles = search.results.length;
  const found = state.speakers.length > 0 ? quotes > 0 : articles > 0;
  if (!found) {
    status.textContent = `No ${state.speakers.length > 0 ? 'quotes' : 'quotes or articles'} found${describe(state)}. Try fewer or other words${hasFilters(state) ? ', or remove the filters' : ''}.`;
    removeFilters.hidden = !hasFilters(state);
    return;
  }
  const partial = current.shown < articles;
  status.textContent =
    state.speakers.length > 0
      ? `${plural(quotes, 'quote')} found${describe(state)}${partial ? ` in the first ${current.shown} of ${plural(articles, 'article')}` : ''}.`
      : `${quotes > 0 ? `${plural(quotes, 'quote')} and ` : ''}${plural(articles, 'article')} found${describe(state)}${partial ? `; showing the first ${current.shown}` : ''}.`;
}

/**
 * History: each search the reader settles on is one entry. The first keystroke after a settled
 * search adds an entry, later keystrokes update it, and submitting or filtering settles it.
 */
let settled = true;
function remember(push: boolean): void {
  const query = stateToParams(formState()).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function searchNow(push: boolean, settle: boolean): void {
  remember(push);
  settled = settle;
  clear.hidden = !input.value;
  void run(formState());
}

input.maxLength = MAX_QUERY;
// Results come as the reader types; run() drops answers that arrive after newer ones.
input.addEventListener('input', () => searchNow(settled, false));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow(settled, true);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) searchNow(true, true);
});
clear.addEventListener('click', () => {
  input.value = '';
  searchNow(true, true);
  input.focus();
});
removeFilters.addEventListener('click', () => {
  showState({ ...emptyState(), query: input.value });
  searchNow(true, true);
  input.focus();
});
more.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  settled = true;
  const state = stateFromParams(new URLSearchParams(location.search));
  showState(state);
  void run(state);
});
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void fillFilters(formState());
});

/** Arrow keys move between the search box and the results' main links; Enter opens one. */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.results .result-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && document.activeElement !== input) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

const initial = stateFromParams(new URLSearchParams(location.search));
showState(initial);
if (initial.query || hasFilters(initial)) void run(initial);
// Start the engine now (script, WebAssembly, index metadata), so the first keystroke only searches.
else void loadPagefind().catch(() => undefined);
if (hasFilters(initial)) {
  filterPanel.open = true;
  void fillFilters(initial);
}
