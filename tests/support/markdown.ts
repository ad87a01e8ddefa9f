import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { articleRehypePlugins, articleRemarkPlugins } from '../../src/markdown/pipeline.ts';
import type { ExtractedQuote, RegistryEntry, SkippedQuotation } from '../../src/quotes/types.ts';

export interface Rendered {
  html: string;
  quotes: Omit<ExtractedQuote, 'segments'>[];
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
  const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
  return {
    html: String(html),
    quotes: frontmatter['quotes'] as Rendered['quotes'],
    skipped: frontmatter['skippedQuotations'] as SkippedQuotation[],
    errors: frontmatter['quoteErrors'] as string[],
    descriptions: frontmatter['speakerDescriptions'] as Record<string, string>,
  };
}
