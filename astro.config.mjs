// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkExcerpt } from './src/markdown/remark-excerpt.ts';
import { remarkReadingTime } from './src/markdown/remark-reading-time.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // SmartyPants would rewrite the authors' quotation marks and dashes; articles keep their typography as written.
    processor: unified({ smartypants: false, remarkPlugins: [remarkReadingTime, remarkExcerpt] }),
  },
});
