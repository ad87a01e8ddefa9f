/**
 * The search page's result items, built with DOM methods only: no string ever becomes HTML,
 * as the site's Trusted Types policy requires.
 */
import type { PagefindPage } from '../search/pagefind-api.ts';
import { excerptAround, type QuoteHit } from '../search/quote-hits.ts';
import { quotedQuery } from '../search/search-messages.ts';
import { type SearchState, stateToParams } from '../search/search-state.ts';
import { UNDATED } from '../utils/text.ts';

/** Words of a long quote shown around its first match. */
const QUOTE_WORDS = 40;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** Appends Pagefind's excerpt (escaped text, matches in `<mark>`) as text nodes and `mark` elements. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/)) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1]! : part).replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!);
    if (marked) parent.append(element('mark', undefined, text));
    else if (text) parent.append(text);
  }
}

/**
 * The same words as `FormattedDate` (`6 March 2025`) from the browser's own formatter: date-fns
 * would add its code to the one page that has a script. Made once, as the page loads: the first
 * formatter costs milliseconds that would otherwise come between a search and its first result.
 */
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar day (`YYYY-MM-DD`) as readers see it on the site's pages. */
export function formatDay(day: string): string {
  return DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
}

/** `<time>` for a day, or the note that the source gives none. */
function dateOf(day: string | undefined): HTMLElement {
  if (!day) return element('span', 'undated', UNDATED);
  const time = element('time', undefined, formatDay(day));
  time.dateTime = day;
  return time;
}

/**
 * Speaker pages by name, from the article's `speaker-page` filter values (`/people/id/ Name`; see
 * `src/pages/articles/[...slug].astro`).
 */
export function speakerPages(page: PagefindPage): Map<string, string> {
  return new Map(
    (page.filters['speaker-page'] ?? []).map((value) => {
      const space = value.indexOf(' ');
      return [value.slice(space + 1), value.slice(0, space)] as const;
    }),
  );
}

const articleTitle = (page: PagefindPage) => page.meta['title'] ?? page.url;

/** A word with the punctuation before and after it. */
const WORD_PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

export function renderQuote(hit: QuoteHit, page: PagefindPage): HTMLLIElement {
  const item = element('li', 'result result-quote');
  const { words, cutBefore, cutAfter } = excerptAround(hit.words, QUOTE_WORDS);
  const text = element('p');
  if (cutBefore) text.append('… ');
  words.forEach((word, index) => {
    if (index > 0) text.append(' ');
    if (!word.matched) text.append(word.text);
    else {
      // The word itself, not the quotation mark or comma attached to it.
      const [, before = '', core = '', after = ''] = WORD_PARTS.exec(word.text) ?? [];
      text.append(before, element('mark', undefined, core), after);
    }
  });
  if (cutAfter) text.append(' …');
  const quote = element('blockquote');
  quote.append(text);
  const open = link(hit.url, '', 'result-link');
  open.append(quote);

  const speakerPage = speakerPages(page).get(hit.speaker);
  // Who and when as one phrase, which wraps like text; the article on a line of its own.
  const meta = element('p', 'meta');
  meta.append(
    speakerPage ? link(speakerPage, hit.speaker, 'result-speaker') : element('span', 'result-speaker', hit.speaker),
    ', ',
    dateOf(page.meta['date']),
    link(page.url, articleTitle(page), 'result-article'),
  );
  item.append(open, meta);
  return item;
}

export function renderArticle(page: PagefindPage): HTMLLIElement {
  const item = element('li', 'result result-article');
  const heading = element('h3');
  heading.append(link(page.url, articleTitle(page), 'result-link'));
  // The outlet and the date set apart as on the article cards, the dot hidden from screen readers.
  const meta = element('p', 'meta');
  const source = page.meta['source'];
  if (source) {
    const dot = element('span', undefined, '·');
    dot.setAttribute('aria-hidden', 'true');
    meta.append(element('span', undefined, source), dot);
  }
  meta.append(dateOf(page.meta['date']));
  item.append(heading, meta);
  if (page.excerpt) {
    const excerpt = element('p');
    appendExcerpt(excerpt, page.excerpt);
    item.append(excerpt);
  }
  return item;
}

/**
 * What to try when the chosen speakers said none of the words: the same words without the
 * filter, and each speaker's page.
 */
export function renderSuggestions(state: SearchState, base: string, pages: ReadonlyMap<string, string>): HTMLElement[] {
  const list = element('ul', 'search-suggestions-list');
  const words = stateToParams({ ...state, speakers: [] }).toString();
  const all = element('li');
  all.append(link(`${base}search/?${words}`, `Search every quote and article for ${quotedQuery(state.query)}`));
  list.append(all);
  for (const speaker of state.speakers) {
    const page = pages.get(speaker);
    if (!page) continue;
    const item = element('li');
    item.append(link(page, `Every quote by ${speaker}`));
    list.append(item);
  }
  return [list];
}
