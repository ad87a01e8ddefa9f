import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { articlePath } from '../utils/paths.ts';
import { quotePath, speakerPath } from '../utils/quote-links.ts';

/**
 * `dist/quotes.json`: every quote on the site, for tools. The format is documented in the
 * README; fields are only ever added, never renamed.
 */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const quotes = articles.flatMap((article) =>
    article.quotes.map((quote) => ({
      id: quote.id,
      text: quote.text,
      speaker: quote.speaker
        ? { id: quote.speaker.id, name: quote.speaker.name, url: speakerPath(quote.speaker.id) }
        : null,
      article: article.id,
      url: quotePath(article.id, quote.id),
      attribution: quote.attribution,
      cue: quote.cue,
      mention: quote.mention,
      resolvedBy: quote.resolvedBy,
      looksLikeSpeech: quote.looksLikeSpeech,
      line: quote.line,
    })),
  );
  const articleIndex = Object.fromEntries(
    articles.map((article) => [
      article.id,
      {
        title: article.title,
        url: articlePath(article.id),
        source: article.source,
        published: article.published ?? null,
      },
    ]),
  );
  return new Response(`${JSON.stringify({ quotes, articles: articleIndex }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
