/**
 * The search page: reads the search from the address, asks Pagefind, and lists the quotes that
 * hold the search in their own words (with a speaker filter, only those speakers') and, with no
 * speaker chosen, the articles. Loaded by /search/ only; other pages reach it through the header
 * form or a shortcut. Its state lives in one `Session`, handed to each function.
 */
import type { PagefindPage, PagefindSearch } from '../search/pagefind-api.ts';
import { parseQuery } from '../search/query.ts';
import { type QuoteHit, quoteHits, speakerQuotes } from '../search/quote-hits.ts';
import { PROMPT, statusText } from '../search/search-messages.ts';
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
import { type SearchElements, searchElements } from './search-elements.ts';
import { fillFilters, formState, narrowSpeakers, showState } from './search-form.ts';
import { renderArticle, renderQuote, renderSuggestions, speakerPages } from './search-results.ts';
import { loadEngine, type Run, type Session, warmUp } from './search-session.ts';

/**
 * Articles whose fragments a search loads first, and then at each "show more": each is one
 * request. Few at first keep the first search light on a large archive (docs/benchmarks.md).
 */
const FIRST_PAGE_SIZE = 3;
const PAGE_SIZE = 10;
/** With speakers chosen, articles looked through before saying none of their quotes match. */
const SPEAKER_PAGES = 30;

function clearResults({ elements }: Session): void {
  delete elements.page.dataset['shownQuery'];
  elements.quoteList.replaceChildren();
  elements.articleList.replaceChildren();
  elements.suggestions.replaceChildren();
  elements.quoteSection.hidden = true;
  elements.articleSection.hidden = true;
  elements.more.hidden = true;
}

/** Quotes to list for one article: those that hold the search; with no words but a speaker chosen, theirs. */
function hitsOf(page: PagefindPage, run: Run): QuoteHit[] {
  const speakers = run.state.speakers.length > 0 ? new Set(run.state.speakers) : undefined;
  if (run.query.words.length > 0 || run.query.phrases.length > 0) return quoteHits(page, run.query, speakers);
  return speakers ? speakerQuotes(page, speakers) : [];
}

/** Adds a quote in the list after every quote whose match is as dense or denser: the densest first. */
function insertQuote(list: HTMLOListElement, item: HTMLLIElement, span: number): void {
  item.dataset['span'] = String(span);
  const after = [...list.children].find((child) => Number((child as HTMLElement).dataset['span']) > span);
  list.insertBefore(item, after ?? null);
}

/**
 * Loads the next articles of the current search and shows each as soon as its fragment arrives,
 * in rank order: the first results appear after one fetch, not ten.
 */
async function showMore(session: Session): Promise<void> {
  const run = session.current;
  if (!run) return;
  const { elements } = session;
  const size = run.shown === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE;
  const loading = run.search.results.slice(run.shown, run.shown + size).map((result) => result.data());
  for (const next of loading) {
    const page = await next;
    if (run.ticket !== session.latest) return;
    run.shown += 1;
    for (const [name, url] of speakerPages(page)) run.speakerPages.set(name, url);
    for (const hit of hitsOf(page, run)) insertQuote(elements.quoteList, renderQuote(hit, page), hit.span);
    // With a speaker chosen, a reader asked for that speaker's words: no bare articles.
    if (run.state.speakers.length === 0) elements.articleList.append(renderArticle(page));
    elements.quoteSection.hidden = elements.quoteList.children.length === 0;
    elements.articleSection.hidden = elements.articleList.children.length === 0;
    // Which search the results on show answer: for tests and the benchmark to wait on.
    elements.page.dataset['shownQuery'] = run.state.query;
  }
  elements.more.hidden = run.shown >= run.search.results.length;
}

async function run(session: Session, state: SearchState): Promise<void> {
  const ticket = ++session.latest;
  const { elements } = session;
  elements.removeFilters.hidden = true;
  if (!state.query.trim() && !hasFilters(state)) {
    session.current = undefined;
    clearResults(session);
    elements.status.textContent = PROMPT;
    return;
  }
  elements.status.textContent = 'Searching…';
  let search: PagefindSearch | null;
  try {
    search = await (await loadEngine(session)).search(state.query.trim() || null, { filters: pagefindFilters(state) });
  } catch {
    elements.status.textContent =
      'The search index could not be loaded. If you are running the site locally, build it first with npm run build.';
    return;
  }
  if (ticket !== session.latest || !search) return;
  clearResults(session);
  const current: Run = { search, state, query: parseQuery(state.query), shown: 0, ticket, speakerPages: new Map() };
  session.current = current;
  await showMore(session);
  // A speaker's matching quote may be further down than the first articles: look a little further.
  while (
    ticket === session.latest &&
    state.speakers.length > 0 &&
    elements.quoteList.children.length === 0 &&
    current.shown < Math.min(search.results.length, SPEAKER_PAGES)
  ) {
    await showMore(session);
  }
  if (ticket !== session.latest) return;
  const outcome = {
    state,
    quotes: elements.quoteList.children.length,
    articles: search.results.length,
    shown: current.shown,
  };
  elements.status.textContent = statusText(outcome);
  const nothing = state.speakers.length > 0 ? outcome.quotes === 0 : outcome.articles === 0;
  elements.removeFilters.hidden = !(nothing && hasFilters(state));
  if (nothing && state.speakers.length > 0 && state.query.trim()) {
    elements.suggestions.replaceChildren(
      ...renderSuggestions(state, session.base, await pagesOf(session, state, current.speakerPages)),
    );
  }
}

/** Each chosen speaker's page, from the articles looked at or, failing them, one that quotes them. */
async function pagesOf(session: Session, state: SearchState, known: Map<string, string>): Promise<Map<string, string>> {
  if (state.speakers.every((speaker) => known.has(speaker))) return known;
  try {
    const engine = await loadEngine(session);
    const found = await engine.search(null, { filters: { speaker: { any: state.speakers } } });
    const pages = await Promise.all((found?.results ?? []).slice(0, 3).map((result) => result.data()));
    for (const page of pages) for (const [name, url] of speakerPages(page)) if (!known.has(name)) known.set(name, url);
  } catch {
    // Without them, the suggestion to search without the filter still stands.
  }
  return known;
}

/**
 * History: each search the reader settles on is one entry. The first keystroke after a settled
 * search adds an entry, later keystrokes update it, and submitting or filtering settles it.
 */
function remember(session: Session, push: boolean): void {
  const query = stateToParams(formState(session)).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function searchNow(session: Session, push: boolean, settle: boolean): void {
  remember(session, push);
  session.settled = settle;
  session.elements.clear.hidden = !session.elements.input.value;
  void run(session, formState(session));
}

function listen(session: Session): void {
  const { elements } = session;
  elements.input.maxLength = MAX_QUERY;
  // Results come as the reader types; run() drops answers that arrive after newer ones.
  elements.input.addEventListener('input', () => searchNow(session, session.settled, false));
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow(session, session.settled, true);
  });
  elements.form.addEventListener('change', (event) => {
    if (event.target !== elements.input && event.target !== elements.speakerFind) searchNow(session, true, true);
  });
  elements.speakerFind.addEventListener('input', () => narrowSpeakers(session));
  // Enter in "Find a speaker" would submit the search; the reader means to pick a name.
  elements.speakerFind.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  elements.clear.addEventListener('click', () => {
    elements.input.value = '';
    searchNow(session, true, true);
    elements.input.focus();
  });
  elements.removeFilters.addEventListener('click', () => {
    showState(session, { ...emptyState(), query: elements.input.value });
    searchNow(session, true, true);
    elements.input.focus();
  });
  elements.more.addEventListener('click', () => void showMore(session));
  window.addEventListener('popstate', () => {
    session.settled = true;
    const state = stateFromParams(new URLSearchParams(location.search));
    showState(session, state);
    void run(session, state);
  });
  elements.filterPanel.addEventListener('toggle', () => {
    if (elements.filterPanel.open) void fillFilters(session, formState(session));
  });
  /** Arrow keys move between the search box and the results' main links; Enter opens one. */
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.results .result-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== elements.input) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) elements.input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
}

function start(): void {
  let elements: SearchElements;
  try {
    elements = searchElements(document);
  } catch (error) {
    // A page without its parts cannot search; say so where the reader looks.
    const status = document.getElementById('search-status');
    if (status) status.textContent = `Search could not start: ${(error as Error).message}`;
    throw error;
  }
  // The page shows a could-not-start message unless this script says it has started (see search.astro).
  elements.page.dataset['searchStarted'] = '';
  const session: Session = {
    elements,
    base: withBase('/'),
    engine: undefined,
    latest: 0,
    current: undefined,
    filtersFilled: false,
    settled: true,
  };
  listen(session);
  const initial = stateFromParams(new URLSearchParams(location.search));
  showState(session, initial);
  if (initial.query || hasFilters(initial)) void run(session, initial);
  // Start the engine now (script, WebAssembly, index metadata), so the first keystroke only searches.
  else void loadEngine(session).then(warmUp, () => undefined);
  if (hasFilters(initial)) {
    elements.filterPanel.open = true;
    void fillFilters(session, initial);
  }
}

start();
