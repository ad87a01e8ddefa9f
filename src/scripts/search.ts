/**
 * The search page's client: reads `?q=` and the filters from the address, asks Pagefind,
 * and shows quote results and article results. Loaded by /search/ only.
 */
import { encodeFragmentText } from '../utils/quote-links.ts';
import { plural } from '../utils/text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole text: for a quote, the quote. */
  content: string;
  meta: Record<string, string | undefined>;
  /** A record's own filter values: a quote's article title and outlet are read from here. */
  filters: Record<string, string[] | undefined>;
}

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  options: (options: { baseUrl: string; excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** A null term lists everything that matches the filters. */
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}

const FILTERS = ['speaker', 'article', 'source'] as const;
const MAX_QUERY = 500;
/** Results loaded at a time: each one is a fragment to fetch. */
const PAGE_SIZE = 20;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const quoteList = document.querySelector<HTMLOListElement>('#quote-results')!;
const articleList = document.querySelector<HTMLOListElement>('#article-results')!;
const quoteSection = document.querySelector<HTMLElement>('#quote-results-section')!;
const articleSection = document.querySelector<HTMLElement>('#article-results-section')!;
const more = document.querySelector<HTMLButtonElement>('#more-results')!;
const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filters')!;
const selects = Object.fromEntries(
  FILTERS.map((name) => [name, document.querySelector<HTMLSelectElement>(`#filter-${name}`)!]),
) as Record<(typeof FILTERS)[number], HTMLSelectElement>;

let pagefind: Pagefind | undefined;
let latest = 0;

async function loadPagefind(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Searching in a worker costs another 43 kB of script; on a news site's index the main thread is fast enough.
  await module.options({ baseUrl: base, excerptLength: 30, noWorker: true });
  await module.init();
  pagefind = module;
  return module;
}

/** The first highlighted words of an excerpt, to link straight to them with a text fragment. */
function firstMatch(excerpt: string): string | undefined {
  return /<mark>(.*?)<\/mark>/.exec(excerpt)?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function withTextFragment(url: string, words: string | undefined): string {
  if (!words) return url;
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${encodeFragmentText(words)}`;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/**
 * Appends Pagefind's excerpt (escaped text with the matched words in `<mark>`) as text nodes and
 * `mark` elements: no string becomes HTML, as the Trusted Types policy requires.
 */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1]! : part).replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!);
    if (marked) parent.append(element('mark', undefined, text));
    else if (text) parent.append(text);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The same `6 March 2025` as `FormattedDate`, from the browser's own formatter: date-fns would add
 * its code to the one page that has a script, for the same words.
 */
function formatDay(day: string | undefined): string {
  if (!day) return 'date not stated by source';
  const date = new Date(`${day}T00:00:00`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function renderQuote(result: PagefindResultData): HTMLLIElement {
  const item = element('li', 'result result-quote');
  const link = element('a');
  // The quote's own id moves focus and :target highlight; the text fragment marks the matched words.
  link.href = withTextFragment(result.url, firstMatch(result.excerpt));
  const quote = element('blockquote');
  const text = element('p');
  // Pagefind's excerpt is a window of the quote with the matched words marked; say where it was cut.
  const plain = result.excerpt.replace(/<\/?mark>/g, '');
  const whole = result.content.replace(/\s+/g, ' ').trim();
  const cutBefore = !whole.startsWith(plain.slice(0, 20));
  const cutAfter = !whole.endsWith(plain.slice(-20));
  text.append(`“${cutBefore ? '…' : ''}`);
  appendExcerpt(text, result.excerpt);
  text.append(`${cutAfter ? '…' : ''}”`);
  quote.append(text);
  link.append(quote);
  const meta = element('p', 'meta');
  meta.append(
    element('span', 'result-speaker', result.meta['speaker'] ?? 'Not attributed'),
    element('span', undefined, result.filters['article']?.[0] ?? ''),
    element('span', undefined, formatDay(result.meta['date'])),
  );
  item.append(link, meta);
  return item;
}

function renderArticle(result: PagefindResultData): HTMLLIElement {
  const item = element('li', 'result result-article');
  const link = element('a', undefined, result.meta['title'] ?? result.url);
  link.href = withTextFragment(result.url, firstMatch(result.excerpt));
  const heading = element('h3');
  heading.append(link);
  const excerpt = element('p');
  appendExcerpt(excerpt, result.excerpt);
  const meta = element('p', 'meta');
  meta.append(
    element('span', undefined, result.meta['source'] ?? ''),
    element('span', undefined, formatDay(result.meta['date'])),
  );
  item.append(heading, meta, excerpt);
  return item;
}

function currentState() {
  const params = new URLSearchParams(location.search);
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters: Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<string, string>,
  };
}

function stateToUrl(query: string, filters: Record<string, string>): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

let current: { search: PagefindSearch; shown: number; ticket: number } | undefined;

/** Loads and shows the next page of results of the current search. */
async function showMore(): Promise<void> {
  if (!current) return;
  const { search, ticket } = current;
  const page = search.results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(page.map((result) => result.data()));
  if (ticket !== latest) return;
  current.shown += page.length;
  quoteList.append(...data.filter((result) => result.meta['type'] === 'quote').map(renderQuote));
  articleList.append(...data.filter((result) => result.meta['type'] !== 'quote').map(renderArticle));
  quoteSection.hidden = quoteList.children.length === 0;
  articleSection.hidden = articleList.children.length === 0;
  more.hidden = current.shown >= search.results.length;
}

function clearResults(): void {
  current = undefined;
  quoteList.replaceChildren();
  articleList.replaceChildren();
  quoteSection.hidden = true;
  articleSection.hidden = true;
  more.hidden = true;
}

async function run(query: string, filters: Record<string, string>): Promise<void> {
  const ticket = ++latest;
  const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  if (!query.trim() && Object.keys(active).length === 0) {
    clearResults();
    status.textContent = 'Type words from an article or a quote.';
    return;
  }
  status.textContent = 'Searching…';
  let search: PagefindSearch | null;
  try {
    const engine = await loadPagefind();
    search = await engine.search(query.trim() || null, { filters: active });
  } catch {
    status.textContent =
      'The search index could not be loaded. If you are running the site locally, build it first with npm run build.';
    return;
  }
  if (ticket !== latest || !search) return;
  clearResults();
  current = { search, shown: 0, ticket };
  await showMore();
  if (ticket !== latest) return;
  const about = query.trim() ? ` for “${query.trim()}”` : '';
  const total = search.results.length;
  status.textContent =
    total === 0
      ? `No quotes or articles found${about}. Try fewer or other words, or clear the filters.`
      : total <= current.shown
        ? `${plural(quoteList.children.length, 'quote')} and ${plural(articleList.children.length, 'article')} found${about}.`
        : `${plural(total, 'result')} found${about}; showing the best ${current.shown}.`;
}

let filtersFilled = false;

/**
 * Fills the filter lists from the index. Only when the reader opens them (or the address names
 * a filter): on a large archive the lists of every speaker and title are the heaviest download.
 */
async function fillFilters(selected: Record<string, string>): Promise<void> {
  if (filtersFilled) return;
  filtersFilled = true;
  try {
    const available = await (await loadPagefind()).filters();
    for (const name of FILTERS) {
      const select = selects[name];
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
      select.replaceChildren(
        element('option', undefined, 'All'),
        ...values.map((value) => element('option', undefined, value)),
      );
      select.options[0]!.value = '';
      select.value = values.includes(selected[name] ?? '') ? (selected[name] ?? '') : '';
    }
  } catch {
    // run() reports a missing index.
  }
}

function readFormFilters(): Record<string, string> {
  return Object.fromEntries(FILTERS.map((name) => [name, selects[name].value]));
}

function applyState(): void {
  const { query, filters } = currentState();
  input.value = query;
  for (const name of FILTERS) selects[name].value = filters[name] ?? '';
  void run(query, filters);
}

/**
 * History: each query the reader settles on is one entry. The first keystroke after a settled
 * query adds an entry, later keystrokes update it, and submitting or filtering settles it.
 */
let settled = true;
function remember(push: boolean): void {
  const url = stateToUrl(input.value, readFormFilters());
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

input.maxLength = MAX_QUERY;
input.addEventListener('input', () => {
  // Search as the reader types; run() drops answers that arrive after newer ones.
  remember(settled);
  settled = false;
  void run(input.value, readFormFilters());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  remember(settled);
  settled = true;
  void run(input.value, readFormFilters());
});
for (const select of Object.values(selects)) {
  select.addEventListener('change', () => {
    remember(true);
    settled = true;
    void run(input.value, readFormFilters());
  });
}
more.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  settled = true;
  applyState();
});

filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void fillFilters(readFormFilters());
});

const initial = currentState();
input.value = initial.query;
if (initial.query || Object.values(initial.filters).some(Boolean)) void run(initial.query, initial.filters);
// Start the engine now (script, WebAssembly, index metadata), so the first keystroke only searches.
else void loadPagefind().catch(() => undefined);
if (Object.values(initial.filters).some(Boolean)) {
  filterPanel.open = true;
  void fillFilters(initial.filters);
}
