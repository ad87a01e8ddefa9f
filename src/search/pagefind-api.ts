/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`, 1.6) the search page uses,
 * typed here because the bundle ships no types of its own.
 */

/** An element of an indexed page with an `id`: here, a quote part or a heading. */
export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's own text. */
  text: string;
  /** Its `data-pagefind-title`: for a quote, who said it. */
  title?: string;
  /** The page word at which the element starts. */
  location: number;
}

/** The part of a page from one titled anchor to the next, with the matched words in it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  /** Page words that matched, counted like `PagefindAnchor.location`. */
  locations: number[];
  excerpt: string;
  anchor?: PagefindAnchor;
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** Every element of the page with an id, quote parts included. */
  anchors: PagefindAnchor[];
}

export interface PagefindSearch {
  results: { data: () => Promise<PagefindPage> }[];
  /** Pages per filter value among this search's results. */
  filters: Record<string, Record<string, number>>;
}

/** A filter value, several values that must all match, or `{ any: [...] }` for either. */
export type FilterValue = string | string[] | { any: string[] };

export interface Pagefind {
  /** Resolves once the engine has loaded its index metadata. */
  init: () => Promise<void>;
  /** Articles per value of each filter, over the whole index. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** A null term lists everything that matches the filters. */
  search: (term: string | null, options?: { filters?: Record<string, FilterValue> }) => Promise<PagefindSearch | null>;
}

/** The module `pagefind.js`. */
export interface PagefindModule {
  /**
   * An engine with its own options. Given here rather than through the module's `options()`, which
   * warns about any it does not list (`noWorker` among them) in the reader's console.
   */
  createInstance: (options: {
    baseUrl: string;
    /** Where Pagefind's own files are; by default, next to `pagefind.js` as the browser loaded it. */
    basePath?: string;
    excerptLength?: number;
    noWorker?: boolean;
  }) => Pagefind;
}
