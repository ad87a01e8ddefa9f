import { type CollectionEntry, getCollection } from 'astro:content';
import type { ArticleQuote } from '../quotes/types.ts';
import { parseComputed } from '../schemas/article-computed.ts';
import { compareNewestFirst } from '../utils/format-date.ts';
import { oncePerBuild } from './once-per-build.ts';
import { editorError } from '../utils/editor-error.ts';

/** Articles per page of the home list: a long archive stays a light page to load and to scroll. */
export const ARTICLES_PER_PAGE = 25;

export type { ArticleQuote };

/** An article with what the Markdown pipeline computed for it, ready for any page to show. */
export interface Article {
  id: string;
  entry: CollectionEntry<'articles'>;
  title: string;
  source: { name: string; url: string };
  published: string | undefined;
  /** The frontmatter summary, or the opening sentences of the body. */
  teaser: string;
  minutesRead: number;
  /** Every quotation of the body, in reading order, extracted once by `remark-quotes`. */
  quotes: ArticleQuote[];
  /** How the article describes speakers the registry does not know, by speaker id. */
  speakerDescriptions: Record<string, string>;
}

async function loadArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  const articles = entries.map((entry): Article => {
    // Astro logs a Markdown error at sync time and carries on; a page without its text must not ship.
    if (!entry.rendered) {
      throw editorError(
        `${entry.filePath ?? entry.id}: the article could not be rendered. Fix the error logged for this file ` +
          '(run `npm run build -- --force` to see it again) and build again.',
      );
    }
    // What the Markdown plugins computed when the collection was synced (the same object
    // `render()` returns as remarkPluginFrontmatter, without building a component for it).
    const computed = parseComputed(entry.rendered.metadata?.frontmatter, entry.filePath ?? entry.id);
    if (computed.quoteErrors.length > 0) throw editorError(computed.quoteErrors.join('\n'));
    return {
      id: entry.id,
      entry,
      title: entry.data.title,
      source: entry.data.source,
      published: entry.data.published,
      teaser: entry.data.summary ?? computed.excerpt,
      minutesRead: computed.minutesRead,
      quotes: computed.quotes,
      speakerDescriptions: computed.speakerDescriptions,
    };
  });
  return articles.sort(compareNewestFirst);
}

/** All articles, newest first, undated ones last. */
export const getArticles = oncePerBuild(loadArticles);
