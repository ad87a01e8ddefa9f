import { type Article, type ArticleQuote, getArticles } from './articles.ts';

/** Quotes per page of `/quotes/`. */
export const QUOTES_PER_PAGE = 50;

/** One quote with the article it is from. */
export interface SiteQuote {
  quote: ArticleQuote;
  article: Article;
}

/** Every quote on the site: newest article first, each article's quotes in reading order. */
export async function getAllQuotes(): Promise<SiteQuote[]> {
  return (await getArticles()).flatMap((article) => article.quotes.map((quote) => ({ quote, article })));
}
