/**
 * Which quotes a search found in one article page. Pagefind gives a sub-result per quote part
 * (an anchor with the speaker as its title) holding every matched word from that part up to the
 * next anchor, narration included. A quote is a hit only when a matched word falls inside the
 * quote's own words: `“We will not sign,” Hale said of the deal` searched for "deal" finds the
 * article, not Hale's quote.
 *
 * Pure: no DOM, no Pagefind; `src/client/search-page.ts` renders what it returns.
 */
import type { PagefindAnchor, PagefindSubResult } from './pagefind-api.ts';
import { quoteIdOfPart } from '../utils/quote-parts.ts';

export interface QuoteHit {
  /** The quote's id: the address of the quote in its article. */
  quoteId: string;
  /** Who said it: a name, an unnamed source's description, or "Not attributed". */
  speaker: string;
  /** The article's URL with `#<quote id>`, whichever part matched. */
  url: string;
  /** The matched part's words in order, each with whether the search matched it. */
  words: { text: string; matched: boolean }[];
}

/** Whether an anchor is a quote part (`q-…`, see `src/utils/quote-parts.ts`) rather than a heading. */
const isQuoteAnchor = (id: string) => id.startsWith('q-');

/** Pagefind counts words as runs of non-space characters; the anchor's location is its first. */
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

const pageUrl = (url: string) => url.replace(/#.*$/, '');

function hitOf(anchor: PagefindAnchor, url: string, words: string[], matched: ReadonlySet<number>): QuoteHit {
  const quoteId = quoteIdOfPart(anchor.id);
  return {
    quoteId,
    speaker: anchor.title!,
    url: `${pageUrl(url)}#${quoteId}`,
    words: words.map((text, offset) => ({ text, matched: matched.has(offset) })),
  };
}

/**
 * The quotes of one page whose own words matched, one per quote: those with the most matched
 * words first, then in reading order.
 *
 * @param speakers When given, only quotes by one of these (exact names) are kept.
 */
export function quoteHits(subResults: readonly PagefindSubResult[], speakers?: ReadonlySet<string>): QuoteHit[] {
  const hits = new Map<string, QuoteHit>();
  for (const sub of subResults) {
    const anchor = sub.anchor;
    if (!anchor || !isQuoteAnchor(anchor.id) || !anchor.title) continue;
    if (speakers && !speakers.has(anchor.title)) continue;
    const words = wordsOf(anchor.text);
    const inside = new Set(
      sub.locations
        .map((location) => location - anchor.location)
        .filter((offset) => offset >= 0 && offset < words.length),
    );
    if (inside.size === 0 || hits.has(quoteIdOfPart(anchor.id))) continue;
    hits.set(quoteIdOfPart(anchor.id), hitOf(anchor, sub.url, words, inside));
  }
  // The quotes that matched most of the words first; reading order among equals.
  const matched = (hit: QuoteHit) => hit.words.filter((word) => word.matched).length;
  return [...hits.values()].sort((a, b) => matched(b) - matched(a));
}

/**
 * Every quote of the chosen speakers on a page, in reading order, nothing marked: what a speaker
 * filter lists when no words are searched. A quote shows its first part.
 */
export function speakerQuotes(
  anchors: readonly PagefindAnchor[],
  url: string,
  speakers: ReadonlySet<string>,
): QuoteHit[] {
  const hits = new Map<string, QuoteHit>();
  for (const anchor of anchors) {
    if (!isQuoteAnchor(anchor.id) || !anchor.title || !speakers.has(anchor.title)) continue;
    if (!hits.has(quoteIdOfPart(anchor.id)))
      hits.set(quoteIdOfPart(anchor.id), hitOf(anchor, url, wordsOf(anchor.text), new Set()));
  }
  return [...hits.values()];
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
