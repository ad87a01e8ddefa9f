import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { withBase } from '../utils/paths.ts';
import { plural } from '../utils/text.ts';

/** Throws with every message Pagefind reported, so a broken index never ships quietly. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the built article pages, and nothing else: the search index is a plain function of
 * the HTML the build wrote. Each article is one Pagefind page (filters `speaker`, `article`,
 * `source` from its markup), and each quote span in it, with its id and `data-pagefind-title`
 * (the speaker), is an anchor of that page, which Pagefind returns as a sub-result pointing at
 * `…#<quote id>`. The search page keeps the sub-results whose own words match (see
 * `src/search/quote-hits.ts`).
 */
export async function indexArticlePages(
  site: string,
  /** Called once Pagefind's process has been asked to add the pages, and works on its own. */
  onAdding?: () => void,
): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  // Loaded when used: Astro reads this file with its config, before every build and dev start.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('start', errors);
  if (!index) throw new Error('Pagefind returned no index.');
  try {
    const adding = index.addDirectory({ path: site, glob: 'articles/**/*.html' });
    onAdding?.();
    const added = await adding;
    check('index the article pages', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    check('write the index', written.errors);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search index as soon as the pages are written (`astro:build:generated`), in
 * Pagefind's own process, while the other integrations finish the site; the build waits for it
 * in `astro:build:done`. List it first for the most overlap: an integration that changes pages
 * meanwhile must leave the indexed text alone, and replace a file whole. With `deferred`, it leaves
 * the index to `scripts/build.ts`, which writes it with `indexArticlePages` once Astro's process
 * has exited. In `astro dev`, serves the index of the last build, so search works while writing.
 */
export function pagefindIndex({ deferred = false }: { deferred?: boolean } = {}): AstroIntegration {
  let base = '/';
  let outDir = '';
  let indexing: ReturnType<typeof indexArticlePages> | undefined;
  let dev = false;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': async ({ server, logger }) => {
        // A build sets up a server of its own too (to load the content): no index to serve there.
        if (!dev) return;
        const bundle = path.join(outDir, 'pagefind');
        if (!existsSync(bundle)) {
          logger.warn('No search index yet: run `npm run build` once; dev mode serves the index of the last build.');
        }
        const { default: sirv } = await import('sirv');
        const serve = sirv(bundle, { dev: true });
        server.middlewares.use(`${base}pagefind`, (req, res, next) => serve(req, res, next));
      },
      'astro:build:generated': async ({ dir }) => {
        if (deferred) return;
        // The steps after this one keep Astro's thread busy without a break, and Pagefind's
        // module and process need the event loop to start: wait until it is adding the pages.
        await new Promise<void>((started) => {
          indexing = indexArticlePages(fileURLToPath(dir), started);
          indexing.catch(() => {}).finally(started); // a failure is reported in astro:build:done
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (deferred) return;
        try {
          const { pages, seconds } = await (indexing ?? indexArticlePages(fileURLToPath(dir)));
          logger.info(`Indexed ${plural(pages, 'article page')} in ${seconds.toFixed(1)} s, beside the other steps.`);
        } catch (error) {
          throw new Error(`Search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          indexing = undefined;
        }
      },
    },
  };
}
