import type { Cast } from '../../cast/types.ts';
import type { NounPhrase } from '../../grammar/phrases.ts';
import type { Quotation } from '../../quotations/pair.ts';
import type { Document } from '../../text/document.ts';
import type { Token } from '../../text/tokens.ts';
import type { Resolution } from '../../types.ts';

/** A quotation kept as a quote, with the narration around it that the sieves read. */
export interface QuoteInContext {
  /** Position among the article's quotes. */
  index: number;
  quotation: Quotation;
  /** Three words or fewer, lower case, no closing punctuation: `“character”`. */
  fragment: boolean;
  /** Narration from the start of the quote's sentence (or the quote before it there) to its opening mark. */
  before: Token[];
  /** Narration from its closing mark (the first half's, for a split quote) to the end of the sentence or the next quote. */
  after: Token[];
  /** The block `after` is in: the last paragraph of a quote that runs over several. */
  afterBlock: number;
}

/** What a quote→mention sieve decides: a phrase naming the speaker, or the speaker of an earlier quote. */
export type Decision =
  | { sieve: Resolution; cue: string | null; phrase: NounPhrase; block: number }
  | { sieve: Resolution; cue: string | null; sameAs: number };

export interface SieveContext {
  document: Document;
  cast: Cast;
  quotes: readonly QuoteInContext[];
  /** What earlier sieves decided, by quote index; `null` while undecided. */
  decisions: readonly (Decision | null)[];
}

/** One sieve: skips nothing itself (the driver gives it only undecided quotes) and decides or passes. */
export interface QuoteMentionSieve {
  name: Resolution;
  decide(quote: QuoteInContext, context: SieveContext): Decision | null;
}
