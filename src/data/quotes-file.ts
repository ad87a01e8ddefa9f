import type { SpeakerKind } from '../quotes/types.ts';
import { articlePath } from '../utils/paths.ts';

import { quotePath, speakerPath } from '../utils/quote-links.ts';
import type { Article, ArticleQuote } from './articles.ts';

/** One quote of `quotes.json`. docs/quotes.md documents every field; fields are only ever added. */
export interface QuotesFileQuote extends Omit<ArticleQuote, 'speaker'> {
  speaker: { id: string; name: string; url: string; kind: SpeakerKind } | null;
  /** The article's id, a key of `articles`. */
  article: string;
  /** The quote's place in its article, base path included. */
  url: string;
}

/** What an article contributes to `quotes.json`. */
export interface QuotesFileArticle {
  title: string;
  url: string;
  source: { name: string; url: string };
  published: string | null;
}

/** `dist/quotes.json`: every quote of the site and the articles they come from. */
export interface QuotesFile {
  quotes: QuotesFileQuote[];
  articles: Record<string, QuotesFileArticle>;
}

/** Every quote of the articles, in their order, as tools and the search index read them. */
export function toQuotesFile(articles: readonly Article[]): QuotesFile {
  const quotes = articles.flatMap((article) =>
    article.quotes.map((quote): QuotesFileQuote => ({
      id: quote.id,
      text: quote.text,
      speaker: quote.speaker
        ? {
            id: quote.speaker.id,
            name: quote.speaker.name,
            url: speakerPath(quote.speaker.id, quote.speaker.kind),
            kind: quote.speaker.kind,
          }
        : null,
      article: article.id,
      url: quotePath(article.id, quote.id),
      attribution: quote.attribution,
      cue: quote.cue,
      mention: quote.mention,
      resolvedBy: quote.resolvedBy,
      speakerResolvedBy: quote.speakerResolvedBy,
      looksLikeSpeech: quote.looksLikeSpeech,
      line: quote.line,
    })),
  );
  const index = Object.fromEntries(
    articles.map((article): [string, QuotesFileArticle] => [
      article.id,
      {
        title: article.title,
        url: articlePath(article.id),
        source: article.source,
        published: article.published ?? null,
      },
    ]),
  );
  return { quotes, articles: index };
}
