/**
 * `npm run bench:search [query]`: in Chromium, against a built site on a plain static server,
 * side by side with Pagefind's own Default UI on the same index (a page only the benchmark
 * serves, without the site's policy: that UI writes innerHTML, which Trusted Types refuse):
 * - pasted: from the one input event of a query pasted into the box, on a loaded page, to the
 *   first result for the whole query drawn;
 * - typed: the query typed a key every 100 ms, from the last key to the first result for the
 *   whole query drawn;
 * - cold: from opening /search/?q=… to the first result drawn, and every byte fetched for that
 *   first search (search script, Pagefind's JavaScript and WebAssembly, index chunks, fragments),
 *   as served and as a host with gzip sends it.
 * A benchmark, not a test. Prints JSON; `--out FILE` also writes it.
 */
import type { Browser, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.ts';
import { createStaticServer } from '../scripts/static-server.ts';

/** Types a static host compresses on the fly; Pagefind's own index files are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|css|json|svg|xml|txt)$|\/$/;
/** Where the benchmark serves Pagefind's Default UI, beside the site. */
const DEFAULT_UI = '/bench-pagefind-default-ui/';
const DEFAULT_UI_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind Default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', showSubResults: true, debounceTimeoutMs: 0 }));</script>
</body></html>`;

/**
 * Counts the bytes of every response from here on, as served here (no compression) and as a
 * static host with gzip would send them; returns a function that reads the totals.
 */
function countBytes(page: Page) {
  const pending: Promise<{ raw: number; gzip: number; url: string }>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
        const headers = sizes.responseHeadersSize;
        const compressible =
          COMPRESSIBLE.test(new URL(request.url()).pathname) && response !== null && response.status() === 200;
        // The page may be gone by the time a late response is read; then count it as sent.
        const body = compressible ? await response.body().catch(() => undefined) : undefined;
        const compressed = body ? gzipSync(body).length : sizes.responseBodySize;
        return {
          raw: sizes.responseBodySize + headers,
          gzip: compressed + headers,
          url: new URL(request.url()).pathname,
        };
      })(),
    );
  });
  return async () => {
    const sizes = await Promise.all(pending);
    return {
      bytes: sizes.reduce((sum, size) => sum + size.raw, 0),
      gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
      requests: sizes.map((size) => `${size.url} ${size.gzip}`),
    };
  };
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Interface = 'reader' | 'default-ui';

/**
 * Arms a timer in the page: the time of the last input event in the search box, and the time
 * the first result for `query` is drawn after it (a mutation observer, so no polling delay).
 */
async function armTimer(page: Page, ui: Interface, query: string): Promise<void> {
  await page.evaluate(
    ({ ui, query }) => {
      const state = { lastInput: 0, drawn: 0 };
      (window as unknown as { __bench: typeof state }).__bench = state;
      const input = document.querySelector(ui === 'reader' ? '#search-query' : '.pagefind-ui__search-input')!;
      // In the capture phase on the window, before the interface's own listener: with its index
      // already in memory, a search can draw its results in the microtasks right after that listener.
      window.addEventListener(
        'input',
        (event) => {
          if (event.target !== input) return;
          state.lastInput = performance.now();
          state.drawn = 0;
        },
        true,
      );
      const ready = () =>
        ui === 'reader'
          ? document.getElementById('search-page')?.dataset['shownQuery'] === query &&
            document.querySelector('#search-page .result') !== null
          : (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(query) &&
            document.querySelector('.pagefind-ui__result-link') !== null;
      new MutationObserver(() => {
        if (state.lastInput && !state.drawn && ready()) state.drawn = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { ui, query },
  );
}

/** Opens the interface, lets it load its engine, enters the query and returns input → first result, in ms. */
async function timeEntry(browser: Browser, url: string, ui: Interface, query: string, typed: boolean): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const input = page.locator(ui === 'reader' ? '#search-query' : '.pagefind-ui__search-input');
    // Both start their engine before the first key: the reader on load, the Default UI on focus.
    await input.focus();
    await page.waitForLoadState('networkidle');
    await armTimer(page, ui, query);
    if (typed) await input.pressSequentially(query, { delay: 100 });
    else await input.fill(query);
    await page.waitForFunction(() => (window as unknown as { __bench: { drawn: number } }).__bench.drawn > 0, null, {
      timeout: 20_000,
    });
    return await page.evaluate(() => {
      const { lastInput, drawn } = (window as unknown as { __bench: { lastInput: number; drawn: number } }).__bench;
      return drawn - lastInput;
    });
  } finally {
    await context.close();
  }
}

/** The site's static server, with the Default UI's page added at `DEFAULT_UI` (without the site's headers). */
function serve(site: string): Server {
  const files = createStaticServer({ folder: site, headers: true });
  return createServer((request, response) => {
    if (request.url === DEFAULT_UI) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(DEFAULT_UI_PAGE);
      return;
    }
    files.emit('request', request, response);
  });
}

export interface SearchBenchOptions {
  /** The built site to serve. */
  site: string;
  query: string;
  port?: number;
  runs?: number;
}

export async function measureSearch({ site, query, port, runs = 5 }: SearchBenchOptions) {
  // In this process, on a port the system picks (unless one is asked for): nothing to leak.
  const server = serve(site);
  await new Promise<void>((resolve) => server.listen(port ?? 0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const times = { pasted: [] as number[], typed: [] as number[], uiPasted: [] as number[], uiTyped: [] as number[] };
    const cold: number[] = [];
    let fetched = { bytes: 0, gzipBytes: 0, requests: [] as string[] };
    for (let run = 0; run < runs; run++) {
      // Cold: a shared link to a search, in a fresh browser context (empty cache).
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = countBytes(page);
      const start = Date.now();
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('.result').first().waitFor();
      cold.push(Date.now() - start);
      if (run === 0) {
        // Everything the first search fetches, not only what arrived before its first result.
        await page.waitForLoadState('networkidle');
        fetched = await bytes();
      }
      await context.close();

      times.pasted.push(await timeEntry(browser, `${origin}/search/`, 'reader', query, false));
      times.typed.push(await timeEntry(browser, `${origin}/search/`, 'reader', query, true));
      times.uiPasted.push(await timeEntry(browser, `${origin}${DEFAULT_UI}`, 'default-ui', query, false));
      times.uiTyped.push(await timeEntry(browser, `${origin}${DEFAULT_UI}`, 'default-ui', query, true));
    }
    return {
      query,
      site,
      runs: cold.length,
      pastedToFirstResultMs: Math.round(median(times.pasted)),
      typedLastKeyToFirstResultMs: Math.round(median(times.typed)),
      defaultUi: {
        pastedToFirstResultMs: Math.round(median(times.uiPasted)),
        typedLastKeyToFirstResultMs: Math.round(median(times.uiTyped)),
      },
      coldOpenToFirstResultsMs: Math.round(median(cold)),
      bytesFetchedForOneSearch: fetched.bytes,
      bytesFetchedForOneSearchGzip: fetched.gzipBytes,
      all: times,
      requests: fetched.requests,
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outFile = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const result = await measureSearch({
    site: process.env['BENCH_SITE'] ?? 'dist',
    query: args[0] ?? 'ceasefire',
    runs,
  });
  console.log(JSON.stringify(result, null, 2));
  if (outFile) writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
}
