// @ts-check
// The floor for the benchmark: a plain Astro site that only renders the Markdown of the same
// articles, with the same Markdown processor settings and none of the reader's work (no quote
// extraction, no analyst pages, no search index).
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: unified({ smartypants: false }) },
});
