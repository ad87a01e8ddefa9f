// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { completeHeaders } from './src/integrations/headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { quoteReport } from './src/integrations/quote-report.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { speakerFeedFiles } from './src/integrations/speaker-feeds.ts';
import { ARTICLE_RENDERER_OPTIONS, articleProcessor } from './src/markdown/article-processor.ts';
import { buildConfig } from './src/config/build-config.ts';

const config = buildConfig();

export default defineConfig({
  site: config.SITE_URL,
  base: config.BASE_PATH,
  trailingSlash: 'always',
  // Where the site goes; `npm run build` builds beside it and swaps it in (scripts/build.ts), and
  // `astro dev` serves the search index of the last build from it.
  outDir: config.OUT_DIR,
  // Four pages at a time: one at a time, Astro's thread sat idle while each page was written
  // (a quarter of page generation at 1,000 articles; 16–19 s became 12 s at 5,000, `npm run bench`).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Astro inlines a script smaller than this limit into every page, and the CSP allows no inline
  // script: the shared page script (src/client/search-shortcut.ts) stays one cached file.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    siteSettings({ shareCards: config.SHARE_CARDS }),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    // First: the index is written in Pagefind's process while the steps below finish the site,
    // unless scripts/build.ts writes it after Astro has exited (see its comment).
    pagefindIndex({ deferred: config.SEARCH_INDEX_AFTER_ASTRO }),
    // Puts the CSP on every page as Astro renders it, and into _headers.
    completeHeaders(),
    // Every speaker's feed, written from quotes.json while Pagefind indexes.
    speakerFeedFiles(),
    quoteReport({
      articlesDir: path.join(config.CONTENT_DIR, 'articles'),
      strict: config.STRICT_QUOTES,
    }),
  ],
  // Large builds render articles in worker threads with this same processor (src/loaders/render-pool.ts).
  markdown: { ...ARTICLE_RENDERER_OPTIONS, processor: articleProcessor(config.CONTENT_DIR) },
});
