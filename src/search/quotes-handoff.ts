import type { QuotesFile } from '../data/quotes-file.ts';

/**
 * Hands the site's quotes from the pages to the search integration while Astro is still
 * rendering, so Pagefind indexes them on the second core instead of after the last page.
 *
 * The two sides load as separate module copies (the integration from `astro.config.mjs`, the
 * data layer from the build's page bundle), so they meet on a process-wide symbol. When nobody
 * listens (`astro dev`, or a prerenderer that runs pages in another process), offering does
 * nothing and the integration reads `quotes.json` after the build instead.
 */
const CHANNEL = Symbol.for('news-analysis-reader.quotes-for-search');

type Listener = (quotes: QuotesFile) => void;
type WithChannel = typeof globalThis & { [CHANNEL]?: Listener | undefined };

/** Starts listening for the quotes; returns a function that stops. */
export function listenForQuotes(listener: Listener): () => void {
  (globalThis as WithChannel)[CHANNEL] = listener;
  return () => {
    const channel = globalThis as WithChannel;
    if (channel[CHANNEL] === listener) channel[CHANNEL] = undefined;
  };
}

/** Gives the quotes to the listener, if there is one; `build` only runs when there is. */
export function offerQuotes(build: () => QuotesFile): void {
  const listener = (globalThis as WithChannel)[CHANNEL];
  if (listener) listener(build());
}
