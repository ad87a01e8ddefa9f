/**
 * The Markdown stages every article goes through, in order, shared by the site
 * (astro.config.mjs) and the tests, so that both render an article the same way.
 *
 * remark: typewriter quotation marks read as inline code put back as text
 * (`remark-archive-quotes.ts`), inline scripts and styles dropped from the text (`remark-drop-raw-code.ts`), reading
 * time, excerpt, then quotes found and attributed (`remark-quotes.ts`).
 *
 * rehype: the project's quote spans marked (`rehype-quote-markup.ts`), raw HTML parsed into
 * elements (`rehype-raw-html.ts`), sanitised (`article-html-schema.ts`), quote markup kept to the marked spans,
 * who said each quote marked after it (`rehype-speaker-markers.ts`), then heading ids. Astro runs these before its own raw-HTML pass, which is why raw HTML is parsed
 * here: a sanitiser seeing it unparsed would drop tables and keep a script's text.
 */
import rehypeSanitize from 'rehype-sanitize';
import type { RehypePlugins, RemarkPlugins } from 'astro';
import { articleHtmlSchema } from './article-html-schema.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeRawHtml } from './rehype-raw-html.ts';
import { rehypeCheckQuotes, rehypeMarkQuotes } from './rehype-quote-markup.ts';
import { rehypeSpeakerMarkers } from './rehype-speaker-markers.ts';
import { remarkArchiveQuotes } from './remark-archive-quotes.ts';
import { remarkDropRawCode } from './remark-drop-raw-code.ts';
import { remarkExcerpt } from './remark-excerpt.ts';
import { remarkQuotes, type RemarkQuotesOptions } from './remark-quotes.ts';
import { remarkReadingTime } from './remark-reading-time.ts';

export function articleRemarkPlugins(quotes: RemarkQuotesOptions): RemarkPlugins {
  return [remarkArchiveQuotes, remarkDropRawCode, remarkReadingTime, remarkExcerpt, [remarkQuotes, quotes]];
}

export const articleRehypePlugins: RehypePlugins = [
  rehypeMarkQuotes,
  rehypeRawHtml,
  [rehypeSanitize, articleHtmlSchema],
  rehypeCheckQuotes,
  rehypeSpeakerMarkers,
  rehypeHeadingIds,
];
