/**
 * An article's HTML, as Readability found it, turned into the Markdown body of an article file,
 * through the unified pipeline the site itself is built on: rehype-parse, the project's cleaning
 * (`rehype-clean-article.ts`), rehype-remark, remark-stringify with GFM (for tables).
 */
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { type CleanArticleOptions, rehypeCleanArticle } from './rehype-clean-article.ts';

/**
 * How an inline `<q>` is written: as the marks a browser shows for it, double outside and single
 * within, never straight ones.
 */
const Q_MARKS = ['“”', '‘’'];

export function articleMarkdown(html: string, options: CleanArticleOptions): string {
  const file = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeCleanArticle, options)
    .use(rehypeRemark, { quotes: Q_MARKS })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one', rule: '-' })
    .processSync(html);
  return String(file);
}
