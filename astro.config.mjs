// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { completeHeaders } from './src/integrations/headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { quoteReport } from './src/integrations/quote-report.ts';
import { articleRehypePlugins, articleRemarkPlugins } from './src/markdown/pipeline.ts';
import { buildConfig } from './src/config/build-config.ts';
import { loadRegistry } from './src/utils/load-registry.ts';
import { sourceDigest } from './src/utils/source-digest.ts';

const config = buildConfig();
const registry = loadRegistry(config.CONTENT_DIR);

export default defineConfig({
  site: config.SITE_URL,
  base: config.BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro inlines a script smaller than this limit into every page, and the CSP allows no inline
  // script: the shared page script (src/client/search-shortcut.ts) stays one cached file.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    // Adds the CSP to every page as soon as it is generated, before the search index reads it.
    completeHeaders(),
    quoteReport({
      articlesDir: path.join(config.CONTENT_DIR, 'articles'),
      strict: config.STRICT_QUOTES,
    }),
    // Last: the index is written in Pagefind's process while the steps above finish the site,
    // unless scripts/build.ts writes it after Astro has exited (see its comment).
    pagefindIndex({ deferred: config.SEARCH_INDEX_AFTER_ASTRO }),
  ],
  markdown: {
    // News copy has no code to colour, and the CSP refuses the inline styles highlighting writes.
    syntaxHighlight: false,
    // SmartyPants would rewrite the authors' quotation marks and dashes; articles keep their typography as written.
    processor: unified({
      smartypants: false,
      remarkPlugins: articleRemarkPlugins({ registry, pipeline: sourceDigest('src/quotes', 'src/markdown') }),
      rehypePlugins: articleRehypePlugins,
    }),
  },
});
