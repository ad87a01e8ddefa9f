import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { performance } from 'node:perf_hooks';
import sirv from 'sirv';

/** The parts of `quotes.json` the index needs; see the README for the whole format. */
interface QuotesFile {
  quotes: {
    id: string;
    text: string;
    speaker: { name: string } | null;
    article: string;
    url: string;
    attribution: string | null;
  }[];
  articles: Record<string, { title: string; url: string; source: { name: string }; published: string | null }>;
}

/** Throws with every message Pagefind reported, so a broken index never ships quietly. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/** Runs `task` over `items` with at most `size` calls in flight. */
async function inBatches<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(task))));
  }
  return results;
}

/** Index URLs are site-relative; the search page tells Pagefind the base path at run time. */
const withoutBase = (url: string, base: string) => `/${url.slice(base.length).replace(/^\/+/, '')}`;

/**
 * Builds the search index after the site: the article pages' bodies (marked with
 * `data-pagefind-body`), and every quote of `quotes.json` as a record of its own whose URL is
 * the quote's place in its article, with the filters `speaker`, `article` and `source`.
 *
 * In `astro dev`, serves the index of the last build so search works while writing.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
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
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { quotes, articles } = JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile;
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          check('start', errors);
          if (!index) throw new Error('Pagefind returned no index.');

          const pages = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
          check('index the article pages', pages.errors);

          // Requests to the Pagefind service in batches: one after another, the round trips took
          // most of the indexing time; all at once, the queued messages doubled its memory.
          const records = await inBatches(quotes, 256, (quote) => {
            const article = articles[quote.article];
            if (!article) throw new Error(`quotes.json: quote ${quote.id} names an unknown article "${quote.article}"`);
            const speaker = quote.speaker?.name ?? quote.attribution ?? 'Not attributed';
            return index.addCustomRecord({
              url: withoutBase(quote.url, base),
              content: quote.text,
              language: 'en',
              // Every meta value is searchable: the speaker's name finds their quotes, but the article's
              // title or outlet here would make every quote of an article match its words. Those go in
              // the filters, which the results also carry.
              meta: {
                title: speaker,
                type: 'quote',
                quote: quote.text,
                speaker,
                ...(article.published ? { date: article.published } : {}),
              },
              filters: {
                // Only this quote's own speaker: filters are per record.
                ...(quote.speaker ? { speaker: [quote.speaker.name] } : {}),
                article: [article.title],
                source: [article.source.name],
              },
            });
          });
          check(
            'index the quotes',
            records.flatMap((record) => record.errors),
          );

          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          check('write the index', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${pages.page_count} article pages and ${quotes.length} quotes in ${seconds} s.`);
        } catch (error) {
          throw new Error(`Search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
