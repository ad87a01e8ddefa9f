/**
 * `npm run bench:search [query]`: in Chromium, against the built site on a plain static server:
 * - typing: time from typing a query on the loaded search page to the first results shown;
 * - cold: time from opening /search/?q=… to the first results shown;
 * - bytes: everything the browser fetched for that one search (search script, Pagefind's
 *   JavaScript and WebAssembly, index chunks, fragments), as served.
 * A benchmark, not a test. Prints JSON; `--out FILE` also writes it.
 */
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.ts';
import { createStaticServer } from '../scripts/static-server.ts';

/** Types a static host compresses on the fly; Pagefind's own index files are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|css|json|svg|xml|txt)$|\/$/;

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

export interface SearchBenchOptions {
  /** The built site to serve. */
  site: string;
  query: string;
  port?: number;
  runs?: number;
}

export async function measureSearch({ site, query, port, runs = 5 }: SearchBenchOptions) {
  // In this process, on a port the system picks (unless one is asked for): nothing to leak.
  const server = createStaticServer({ folder: site, headers: true });
  await new Promise<void>((resolve) => server.listen(port ?? 0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const typing: number[] = [];
    const cold: number[] = [];
    let fetched = { bytes: 0, gzipBytes: 0, requests: [] as string[] };
    for (let run = 0; run < runs; run++) {
      // Cold: a shared link to a search, in a fresh browser context (empty cache).
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = countBytes(page);
      const start = Date.now();
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('#search-results-ready, .result').first().waitFor();
      cold.push(Date.now() - start);
      if (run === 0) fetched = await bytes();

      // Typing: the search page is open and idle; the reader types the query.
      await page.goto(`${origin}/search/`);
      await page.waitForLoadState('networkidle');
      const input = page.getByLabel('Words from an article or a quote');
      const typed = await page.evaluate(() => performance.now());
      await input.fill(query);
      await page.locator('.result').first().waitFor();
      const shown = await page.evaluate(() => performance.now());
      typing.push(shown - typed);
      await context.close();
    }
    return {
      query,
      site,
      runs: cold.length,
      typingToFirstResultsMs: Math.round(median(typing)),
      coldOpenToFirstResultsMs: Math.round(median(cold)),
      bytesFetchedForOneSearch: fetched.bytes,
      bytesFetchedForOneSearchGzip: fetched.gzipBytes,
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
  const result = await measureSearch({ site: process.env['BENCH_SITE'] ?? 'dist', query: args[0] ?? 'ceasefire' });
  console.log(JSON.stringify(result, null, 2));
  if (outFile) writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
}
