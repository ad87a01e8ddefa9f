/**
 * What a reader typed, read as Pagefind reads it for pages, so that a quote counts as a hit by
 * the same rule: every typed word must begin a word of the quote (`neg` finds `negotiations`),
 * case and accents folded, or begin its stem as Pagefind's English index does (`ships` finds
 * `ship`); words in double quotes, straight or curly (`"under the bus"`, `“under the bus”`),
 * must stand together, whole and in that order.
 *
 * Pure: the search page asks it of each quote's own text (see `quote-hits.ts`).
 */
import { stemmer } from 'stemmer';

export interface Query {
  /** Words a word of the quote must begin, folded. */
  words: string[];
  /** Runs of words the quote must hold together, in order, each word whole, folded. */
  phrases: string[][];
}

/** Lower case with accents dropped: `Orbán` → `orban`. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text as search compares them: letters and digits, an apostrophe inside a word dropped. */
export function searchWords(text: string): string[] {
  return fold(text)
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const QUOTE_MARKS = /["“”„«»]/u;

export function parseQuery(text: string): Query {
  const query: Query = { words: [], phrases: [] };
  // Between marks, a phrase; outside them, words. A phrase still being typed runs to the end.
  text.split(QUOTE_MARKS).forEach((part, index) => {
    const words = searchWords(part);
    if (index % 2 === 1 && words.length > 1) query.phrases.push(words);
    else query.words.push(...words);
  });
  return query;
}

export const isEmptyQuery = (query: Query): boolean => query.words.length === 0 && query.phrases.length === 0;

/** Where a query matched a run of words: the words it matched, and the shortest stretch holding all of it. */
export interface Match {
  /** Indexes of the words matched, every occurrence. */
  matched: Set<number>;
  /** How many words the shortest stretch that holds every term spans: the smaller, the denser. */
  span: number;
}

interface Interval {
  term: number;
  start: number;
  end: number;
}

/** Matches a query against words (from `searchWords`); null unless every word and phrase is there. */
export function matchWords(words: readonly string[], query: Query): Match | null {
  const intervals: Interval[] = [];
  const terms = query.words.length + query.phrases.length;
  const stems = query.words.length > 0 ? words.map(stemmer) : [];
  query.words.forEach((typed, term) => {
    const stem = stemmer(typed);
    words.forEach((word, at) => {
      if (word.startsWith(typed) || stems[at]!.startsWith(stem)) intervals.push({ term, start: at, end: at + 1 });
    });
  });
  query.phrases.forEach((phrase, index) => {
    for (let at = 0; at + phrase.length <= words.length; at++) {
      if (phrase.every((word, k) => words[at + k] === word)) {
        intervals.push({ term: query.words.length + index, start: at, end: at + phrase.length });
      }
    }
  });
  if (terms === 0 || new Set(intervals.map((interval) => interval.term)).size < terms) return null;
  const matched = new Set<number>();
  for (const { start, end } of intervals) for (let at = start; at < end; at++) matched.add(at);
  return { matched, span: shortestSpan(intervals, terms) };
}

/** The fewest words a stretch holding one interval of every term can span (a sliding window). */
function shortestSpan(intervals: Interval[], terms: number): number {
  const sorted = intervals.toSorted((a, b) => a.start - b.start);
  const counts = new Map<number, number>();
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < sorted.length; right++) {
    counts.set(sorted[right]!.term, (counts.get(sorted[right]!.term) ?? 0) + 1);
    while (counts.size === terms) {
      const window = sorted.slice(left, right + 1);
      best = Math.min(best, Math.max(...window.map((i) => i.end)) - sorted[left]!.start);
      const term = sorted[left]!.term;
      const count = counts.get(term)! - 1;
      if (count === 0) counts.delete(term);
      else counts.set(term, count);
      left++;
    }
  }
  return best;
}
