/**
 * One visit to the search page: its elements, the engine once loaded, and the search on show.
 * Every function of the page is handed this object; nothing lives in module variables.
 */
import type { Pagefind, PagefindModule, PagefindSearch } from '../search/pagefind-api.ts';
import type { Query } from '../search/query.ts';
import type { SearchState } from '../search/search-state.ts';
import type { SearchElements } from './search-elements.ts';

export interface Run {
  search: PagefindSearch;
  state: SearchState;
  query: Query;
  /** Articles looked at so far. */
  shown: number;
  ticket: number;
  /** Speaker pages met in the articles looked at: `Owen Hale` → `/people/owen-hale/`. */
  speakerPages: Map<string, string>;
}

export interface Session {
  readonly elements: SearchElements;
  readonly base: string;
  engine: Promise<Pagefind> | undefined;
  /** The newest search; answers to older ones are dropped. */
  latest: number;
  current: Run | undefined;
  filtersFilled: boolean;
  /** Whether the reader has settled on the search in the box (see `remember`). */
  settled: boolean;
}

export function loadEngine(session: Session): Promise<Pagefind> {
  session.engine ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${session.base}pagefind/pagefind.js`)) as PagefindModule;
    // On the main thread: a worker is one more script to fetch, and a news archive's index
    // searches in milliseconds; the CSP's Trusted Types would also refuse the worker's script URL.
    const engine = module.createInstance({ baseUrl: session.base, excerptLength: 30, noWorker: true });
    await engine.init();
    return engine;
  })();
  return session.engine;
}

/**
 * A search for every page, once the page is idle: it fetches nothing, but the browser compiles
 * Pagefind's WebAssembly and sets up its word segmenters then, not between the reader's first
 * search and its results (docs/benchmarks.md has the figures).
 */
export function warmUp(engine: Pagefind): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  idle(() => void engine.search(null).catch(() => undefined));
}
