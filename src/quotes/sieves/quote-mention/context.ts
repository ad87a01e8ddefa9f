/** Where a quote stands in its paragraph: the helpers the quote→mention sieves share. */
import { type Mention, mentionsIn } from '../../cast/types.ts';
import { type Block, sentenceAt, sentenceIndexAt, tokensBetween } from '../../text/document.ts';
import { isPossessiveText, isPunctuation, QUOTE_NORM, type Token } from '../../text/tokens.ts';
import type { QuoteInContext, SieveContext } from './types.ts';

export const firstSegment = (quote: QuoteInContext) => quote.quotation.segments[0]!;
export const lastSegment = (quote: QuoteInContext) => quote.quotation.segments.at(-1)!;
export const blockOf = (quote: QuoteInContext, context: SieveContext): Block =>
  context.document.blocks[firstSegment(quote).block]!;

/** Nothing but the quote (and closing punctuation) in its first paragraph: a paragraph that is a quote. */
export function fillsParagraph(quote: QuoteInContext, context: SieveContext): boolean {
  const first = firstSegment(quote);
  const block = context.document.blocks[first.block]!;
  if (block.text.slice(0, first.start).trim() !== '') return false;
  const own = quote.quotation.segments.filter((segment) => segment.block === first.block).at(-1)!;
  return block.tokens.every((token) => token.end <= own.end || isPunctuation(token));
}

/** Nothing before the quote in its sentence. */
export function opensSentence(quote: QuoteInContext, context: SieveContext): boolean {
  const first = firstSegment(quote);
  const block = blockOf(quote, context);
  return block.text.slice(sentenceAt(block, first.start).start, first.start).trim() === '';
}

/** The whole sentence before the opening mark, earlier quotes in it as quote tokens. */
export function sentenceTokensBefore(quote: QuoteInContext, context: SieveContext): Token[] {
  const first = firstSegment(quote);
  const block = blockOf(quote, context);
  return tokensBetween(block, sentenceAt(block, first.start).start, first.start);
}

/**
 * People named in a block between two offsets who could be speaking: a person named as such,
 * or a single name that is a clause's subject; not a possessive (`City’s No.8`).
 */
export function peopleNamedBetween(context: SieveContext, block: number, start: number, end: number): Mention[] {
  return mentionsIn(context.cast, block).filter((mention) => {
    if (mention.kind !== 'name') return false;
    if (mention.position.offset < start || mention.position.offset >= end) return false;
    if (isPossessiveText(mention.text)) return false;
    const entity = context.cast.entities[mention.entity ?? -1];
    return entity?.kind === 'person' || (entity?.kind === 'unknown' && mention.isSubject);
  });
}

/** The mentions in one sentence of a block. */
export const mentionsInSentence = (context: SieveContext, block: Block, offset: number): Mention[] => {
  const sentence = sentenceIndexAt(block, offset);
  return mentionsIn(context.cast, block.index).filter((m) => m.sentence === sentence);
};

/** Does the sentence range hold a quotation? */
export const holdsQuote = (tokens: readonly Token[]): boolean => tokens.some((token) => token.norm === QUOTE_NORM);
