// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { completeHeaders } from './src/integrations/headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { quoteReport } from './src/integrations/quote-report.ts';
import { articleRehypePlugins, articleRemarkPlugins } from './src/markdown/pipeline.ts';
import { contentDir } from './src/utils/content-dir.ts';
import { loadRegistry } from './src/utils/load-registry.ts';
import { sourceDigest } from './src/utils/source-digest.ts';

const registry = loadRegistry(contentDir());

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    pagefindIndex(),
    completeHeaders(),
    quoteReport({
      articlesDir: path.join(contentDir(), 'articles'),
      strict: ['1', 'true'].includes(process.env.STRICT_QUOTES ?? ''),
    }),
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
