import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { toQuotesFile } from '../data/quotes-file.ts';

/**
 * `dist/quotes.json`: every quote on the site, for tools and for the search index. The format
 * is documented in docs/quotes.md; fields are only ever added, never renamed.
 */
export const GET: APIRoute = async () => {
  const file = toQuotesFile(await getArticles());
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
