/**
 * The site's Markdown processor (`markdown.processor` in astro.config.mjs), built in one place so
 * that Astro and the render workers (`render-worker.ts`) turn an article into the same HTML.
 */
import { unified } from '@astrojs/markdown-remark';
import { loadRegistry } from '../utils/load-registry.ts';
import { sourceDigest } from '../utils/source-digest.ts';
import { articleRehypePlugins, articleRemarkPlugins } from './pipeline.ts';

export function articleProcessor(contentFolder: string) {
  return unified({
    // SmartyPants would rewrite the authors' quotation marks and dashes; articles keep their typography as written.
    smartypants: false,
    remarkPlugins: articleRemarkPlugins({
      registry: loadRegistry(contentFolder),
      pipeline: sourceDigest('src/quotes', 'src/markdown'),
    }),
    rehypePlugins: articleRehypePlugins,
  });
}

/** The renderer options Astro passes from the rest of its `markdown` config. */
export const ARTICLE_RENDERER_OPTIONS = {
  // News copy has no code to colour, and the CSP refuses the inline styles highlighting writes.
  syntaxHighlight: false,
} as const;
