import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { computedSoFar } from '../../src/markdown/frontmatter.ts';
import { articleRehypePlugins, articleRemarkPlugins } from '../../src/markdown/pipeline.ts';
import type { ArticleQuote, RegistryEntry, SkippedQuotation } from '../../src/quotes/types.ts';

export interface Rendered {
  html: string;
  quotes: ArticleQuote[];
  skipped: SkippedQuotation[];
  /** Problems an editor must fix, as `file:line: message`; the site build fails on any. */
  errors: string[];
  /** How the article describes each speaker not in the registry, by id: the role shown on pages. */
  descriptions: Record<string, string>;
}

/** Runs a Markdown body through the same remark stages as the site, returning the HTML and the quotes. */
export function renderMarkdown(markdown: string, registry: RegistryEntry[] = [], path = 'article.md'): Rendered {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, (front) => '\n'.repeat(front.split('\n').length - 1));
  const file = new VFile({ value: body, path });
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(articleRemarkPlugins({ registry }) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(articleRehypePlugins as PluggableList)
    .use(rehypeStringify)
    .processSync(file);
  const computed = computedSoFar(file);
  return {
    html: String(html),
    quotes: computed.quotes,
    skipped: computed.skippedQuotations,
    errors: computed.quoteErrors,
    descriptions: computed.speakerDescriptions,
  };
}
