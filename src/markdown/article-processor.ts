/**
 * The site's Markdown processor (`markdown.processor` in astro.config.mjs), built in one place so
 * that Astro and the render workers (`render-worker.ts`) turn an article into the same HTML.
 *
 * It is Astro's `unified` processor less one step. Astro ends every render by running the whole
 * page through an HTML parser again (`rehype-raw`) for raw HTML left in the tree; the article
 * pipeline has already parsed raw HTML and sanitised the result (`pipeline.ts`), so none is
 * left, and that pass returned the same HTML for a seventh of an article's render time. An
 * article whose images Astro must process (a relative path, or an allowed remote host) is
 * rendered by Astro's own processor instead, which rewrites them for its image service.
 */
import {
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderResult,
  rehypeHeadingIds as astroHeadingIds,
  type RehypePlugins,
  remarkCollectImages,
  type RemarkPlugins,
  unified as astroUnified,
} from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { loadRegistry } from '../utils/load-registry.ts';
import { sourceDigest } from '../utils/source-digest.ts';
import { articleRehypePlugins, articleRemarkPlugins } from './pipeline.ts';

/** What Astro's renderer keeps in `file.data.astro` as the plugins run. */
interface AstroFileData {
  frontmatter?: Record<string, unknown>;
  headings?: MarkdownRenderResult['metadata']['headings'];
  localImagePaths?: string[];
  remoteImagePaths?: string[];
}

export function articleProcessor(contentFolder: string): MarkdownProcessor {
  const remarkPlugins = articleRemarkPlugins({
    registry: loadRegistry(contentFolder),
    pipeline: sourceDigest('src/quotes', 'src/markdown'),
  });
  // SmartyPants would rewrite the authors' quotation marks and dashes; articles keep their typography as written.
  const withImages = astroUnified({ smartypants: false, remarkPlugins, rehypePlugins: articleRehypePlugins });
  return {
    name: 'news-reader-articles',
    options: {},
    async createRenderer(shared: AstroMarkdownOptions): Promise<MarkdownRenderer> {
      const processor = unified()
        .use(remarkParse)
        // Articles are GitHub-flavoured Markdown, tables and autolinks included (docs/security.md).
        .use(remarkGfm)
        .use(pluggable(remarkPlugins))
        .use(remarkCollectImages, shared.image)
        .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
        .use(pluggable(articleRehypePlugins))
        .use(astroHeadingIds)
        .use(rehypeStringify, { allowDangerousHtml: true });
      let astroRenderer: Promise<MarkdownRenderer> | undefined;

      return {
        async render(content, options) {
          const file = new VFile({
            value: content,
            path: options?.fileURL,
            data: { astro: { frontmatter: options?.frontmatter ?? {} } },
          });
          try {
            await processor.process(file);
          } catch (error) {
            throw new Error(`Failed to parse Markdown file "${file.path}":\n${(error as Error).message}`, {
              cause: error,
            });
          }
          const astro = file.data['astro'] as AstroFileData;
          const localImagePaths = astro.localImagePaths ?? [];
          const remoteImagePaths = astro.remoteImagePaths ?? [];
          if (localImagePaths.length > 0 || remoteImagePaths.length > 0) {
            astroRenderer ??= withImages.createRenderer(shared);
            return (await astroRenderer).render(content, options);
          }
          return {
            code: String(file.value),
            metadata: {
              headings: astro.headings ?? [],
              localImagePaths,
              remoteImagePaths,
              frontmatter: astro.frontmatter ?? {},
            },
          };
        },
      };
    },
  };
}

/** Astro's plugin lists as unified's; the article pipeline gives plugins, never a package name to load. */
function pluggable(plugins: RemarkPlugins | RehypePlugins): PluggableList {
  return plugins.map((entry) => {
    const [plugin, options] = Array.isArray(entry) ? entry : [entry];
    if (typeof plugin === 'string') throw new Error(`Article plugins are functions, not package names ("${plugin}").`);
    return options === undefined ? plugin : [plugin, options];
  });
}

/** The renderer options Astro passes from the rest of its `markdown` config. */
export const ARTICLE_RENDERER_OPTIONS = {
  // News copy has no code to colour, and the CSP refuses the inline styles highlighting writes.
  syntaxHighlight: false,
} as const;
