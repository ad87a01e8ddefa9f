import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
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
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          check('start', errors);
          if (!index) throw new Error('Pagefind returned no index.');

          const pages = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
          check('index the article pages', pages.errors);

          for (const quote of quotes) {
            const article = articles[quote.article];
            if (!article) throw new Error(`quotes.json: quote ${quote.id} names an unknown article "${quote.article}"`);
            const speaker = quote.speaker?.name ?? quote.attribution ?? 'Not attributed';
            const record = await index.addCustomRecord({
              url: withoutBase(quote.url, base),
              content: quote.text,
              language: 'en',
              meta: {
                title: article.title,
                type: 'quote',
                quote: quote.text,
                speaker,
                article: article.title,
                source: article.source.name,
                ...(article.published ? { date: article.published } : {}),
              },
              filters: {
                type: ['quote'],
                // Only this quote's own speaker: filters are per record.
                ...(quote.speaker ? { speaker: [quote.speaker.name] } : {}),
                article: [article.title],
                source: [article.source.name],
              },
            });
            check(`index quote ${quote.id}`, record.errors);
          }

          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          check('write the index', written.errors);
          logger.info(`Indexed ${pages.page_count} article pages and ${quotes.length} quotes.`);
        } catch (error) {
          throw new Error(`Search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
