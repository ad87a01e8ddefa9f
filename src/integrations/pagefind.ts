import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import type { QuotesFile } from '../data/quotes-file.ts';
import { listenForQuotes } from '../search/quotes-handoff.ts';
import { quoteRecords } from '../search/quote-records.ts';
import { plural } from '../utils/text.ts';

/** Throws with every message Pagefind reported, so a broken index never ships quietly. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/** Starts Pagefind's indexing service with a new, empty index. */
async function openIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('start', errors);
  if (!index) throw new Error('Pagefind returned no index.');
  return index;
}

/**
 * Adds one record per quote and resolves with how many. Requests go in batches: one after
 * another, the round trips took most of the time; all at once, the queued messages doubled the
 * service's memory.
 */
async function addQuotes(index: pagefind.PagefindIndex, quotes: QuotesFile, base: string): Promise<number> {
  const records = quoteRecords(quotes, base);
  const BATCH = 256;
  for (let start = 0; start < records.length; start += BATCH) {
    const added = await Promise.all(records.slice(start, start + BATCH).map((record) => index.addCustomRecord(record)));
    check(
      'index the quotes',
      added.flatMap((response) => response.errors),
    );
  }
  return records.length;
}

/**
 * Builds the search index: every quote as a record of its own whose URL is the quote's place in
 * its article (filters `speaker`, `article`, `source`), and the article pages' bodies (marked
 * with `data-pagefind-body`).
 *
 * The quotes arrive from the data layer as soon as the first page has loaded the articles
 * (see `quotes-handoff.ts`), and Pagefind indexes them while the pages render: Pagefind's time per
 * custom record grows with the records already added, so at thousands of articles this was most
 * of the indexing. Without that hand-over, the quotes come from `quotes.json` after the build.
 * The article pages are added, and the index written, as soon as the pages are generated, while
 * the other integrations (sitemap, headers, quote report) run.
 *
 * In `astro dev`, serves the index of the last build so search works while writing.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let index: Promise<pagefind.PagefindIndex> | undefined;
  let quotesIndexed: Promise<number> | undefined;
  let stopListening: (() => void) | undefined;
  let finishing: Promise<{ pages: number; quotes: number; early: boolean; seconds: string }> | undefined;

  /** Adds the quotes (unless handed over already) and the article pages, and writes the index. */
  async function finishIndex(site: string) {
    stopListening?.();
    const started = performance.now();
    const early = quotesIndexed !== undefined;
    const opened = await (index ??= openIndex());
    const quotes = await (quotesIndexed ??
      addQuotes(opened, JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile, base));

    const added = await opened.addDirectory({ path: site, glob: 'articles/**/*.html' });
    check('index the article pages', added.errors);

    // Writing is the index's memory peak, next to everything Astro still holds: collect first
    // (`scripts/build.ts` runs Node with --expose-gc; without it this does nothing).
    globalThis.gc?.();
    const written = await opened.writeFiles({ outputPath: path.join(site, 'pagefind') });
    check('write the index', written.errors);
    return { pages: added.page_count, quotes, early, seconds: ((performance.now() - started) / 1000).toFixed(1) };
  }

  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = path.join(outDir, 'pagefind');
        if (!existsSync(bundle)) {
          logger.warn('No search index yet: run `npm run build` once; dev mode serves the index of the last build.');
        }
        const serve = sirv(bundle, { dev: true });
        server.middlewares.use(`${base}pagefind`, (req, res, next) => serve(req, res, next));
      },
      'astro:build:start': () => {
        stopListening = listenForQuotes((quotes) => {
          index ??= openIndex();
          quotesIndexed = index.then((opened) => addQuotes(opened, quotes, base));
          // A failure is reported when the build is done, with the rest of the index's errors.
          quotesIndexed.catch(() => {});
        });
      },
      'astro:build:generated': ({ dir }) => {
        // Pagefind writes in its own process while the other integrations finish the site.
        finishing = finishIndex(fileURLToPath(dir));
        finishing.catch(() => {}); // reported by astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { pages, quotes, early, seconds } = await (finishing ?? finishIndex(fileURLToPath(dir)));
          logger.info(
            `Indexed ${plural(pages, 'article page')} and ${plural(quotes, 'quote')}; ` +
              (early
                ? `the quotes while the pages rendered, the rest in ${seconds} s.`
                : `${seconds} s after the pages.`),
          );
        } catch (error) {
          throw new Error(`Search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          index = undefined;
          quotesIndexed = undefined;
          finishing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
