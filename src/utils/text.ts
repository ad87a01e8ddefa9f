/** Small wording helpers shared by pages, the search script and build messages. */

/** `plural(1, 'quote')` → `1 quote`; `plural(3, 'article page')` → `3 article pages`. */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis when it cut. */
export const truncateAtWord = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;

/** What stands in for a date the source does not state, on pages and in search results alike. */
export const UNDATED = 'date not stated by source';
