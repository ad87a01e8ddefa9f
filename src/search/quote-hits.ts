/**
 * Which quotes of one article page a search found. Pagefind finds the pages; whether a quote is
 * a hit is decided here, on the quote's own words (all its parts, from the page's anchors), by
 * the rule of `query.ts`: every typed word begins one of its words, every phrase stands in it.
 * Pagefind's sub-results cannot tell: their matched locations run on into the narration after
 * the quote, and they do not say which typed word each location matched.
 *
 * Pure: no DOM, no Pagefind; `src/client/search-page.ts` renders what it returns.
 */
import type { PagefindAnchor, PagefindPage } from './pagefind-api.ts';
import { matchWords, type Query, searchWords } from './query.ts';
import { quoteIdOfPart } from '../utils/quote-parts.ts';

export interface QuoteHit {
  /** The quote's id: the address of the quote in its article. */
  quoteId: string;
  /** Who said it: a name, an unnamed source's description, or "Not attributed". */
  speaker: string;
  /** The article's URL with `#<quote id>`. */
  url: string;
  /** The quote's words in order, each with whether the search matched it. */
  words: { text: string; matched: boolean }[];
  /** How many words the densest stretch holding the whole search spans; 0 when nothing was searched. */
  span: number;
}

/** A quote of the page: its parts' texts joined, in reading order. */
interface PageQuote {
  id: string;
  speaker: string;
  text: string;
}

/** Whether an anchor is a quote part (`q-…`, see `src/utils/quote-parts.ts`) rather than a heading. */
const isQuoteAnchor = (anchor: PagefindAnchor) => anchor.id.startsWith('q-') && anchor.title !== undefined;

const pageUrl = (url: string) => url.replace(/#.*$/, '');

/** Every quote of a page, its parts (a quote over several paragraphs) joined. */
function quotesOf(anchors: readonly PagefindAnchor[]): PageQuote[] {
  const quotes = new Map<string, PageQuote>();
  for (const anchor of anchors) {
    if (!isQuoteAnchor(anchor)) continue;
    const id = quoteIdOfPart(anchor.id);
    const known = quotes.get(id);
    if (known) known.text += ` ${anchor.text}`;
    else quotes.set(id, { id, speaker: anchor.title!, text: anchor.text });
  }
  return [...quotes.values()];
}

/** The quote's words as shown, each marked when one of the search words it holds matched. */
function markedWords(text: string, matched: ReadonlySet<number>): QuoteHit['words'] {
  let at = 0;
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .map((shown) => {
      const count = searchWords(shown).length;
      const hit = Array.from({ length: count }, (_, k) => matched.has(at + k)).some(Boolean);
      at += count;
      return { text: shown, matched: hit };
    });
}

/**
 * The quotes of a page that hold the whole search, one per quote: the densest match first
 * (the fewest words holding every term), then in reading order.
 *
 * @param speakers When given, only quotes by one of these (exact names) are kept.
 */
export function quoteHits(
  page: Pick<PagefindPage, 'url' | 'anchors'>,
  query: Query,
  speakers?: ReadonlySet<string>,
): QuoteHit[] {
  const hits: QuoteHit[] = [];
  for (const quote of quotesOf(page.anchors)) {
    if (speakers && !speakers.has(quote.speaker)) continue;
    const match = matchWords(searchWords(quote.text), query);
    if (!match) continue;
    hits.push({
      quoteId: quote.id,
      speaker: quote.speaker,
      url: `${pageUrl(page.url)}#${quote.id}`,
      words: markedWords(quote.text, match.matched),
      span: match.span,
    });
  }
  return hits.sort((a, b) => a.span - b.span);
}

/**
 * Every quote of the chosen speakers on a page, in reading order, nothing marked: what a speaker
 * filter lists when no words are searched.
 */
export function speakerQuotes(page: Pick<PagefindPage, 'url' | 'anchors'>, speakers: ReadonlySet<string>): QuoteHit[] {
  return quotesOf(page.anchors)
    .filter((quote) => speakers.has(quote.speaker))
    .map((quote) => ({
      quoteId: quote.id,
      speaker: quote.speaker,
      url: `${pageUrl(page.url)}#${quote.id}`,
      words: markedWords(quote.text, new Set()),
      span: 0,
    }));
}

/**
 * A window of at most `length` words around the first matched word, with whether words were cut
 * at either end, so a long quote shows where it matched.
 */
export function excerptAround(
  words: QuoteHit['words'],
  length: number,
): { words: QuoteHit['words']; cutBefore: boolean; cutAfter: boolean } {
  if (words.length <= length) return { words, cutBefore: false, cutAfter: false };
  const first = Math.max(
    0,
    words.findIndex((word) => word.matched),
  );
  const start = Math.min(Math.max(0, first - Math.floor(length / 3)), words.length - length);
  return { words: words.slice(start, start + length), cutBefore: start > 0, cutAfter: start + length < words.length };
}
