/**
 * `continuation`: the quote carries on from the previous quote's speaker — another quote in the
 * same sentence; a second quote in the paragraph with only narration of that speaker between;
 * a paragraph that is only a quote, after a paragraph that ended with the speaker's quote.
 */
import { mentionAt } from '../../cast/types.ts';
import { sentenceIndexAt } from '../../text/document.ts';
import { fillsParagraph, firstSegment, lastSegment, peopleNamedBetween } from './context.ts';
import type { QuoteInContext, QuoteMentionSieve, SieveContext } from './types.ts';

export const continuationSieve: QuoteMentionSieve = {
  name: 'continuation',
  decide(quote, context) {
    const previous = context.quotes[quote.index - 1];
    if (!previous || !context.decisions[previous.index]) return null;
    const decision = { sieve: 'continuation' as const, cue: null, sameAs: previous.index };
    const end = lastSegment(previous);
    const start = firstSegment(quote);
    const block = context.document.blocks[start.block]!;
    if (end.block === start.block) {
      const sameSentence = sentenceIndexAt(block, start.start) === sentenceIndexAt(block, Math.max(0, end.end - 1));
      if (sameSentence) return decision;
      if (!/^[\p{Lu}\p{N}‘'“"]/u.test(quote.quotation.text)) return null;
      return onlyTheSpeakerBetween(context, previous, start.block, end.end, start.start) ? decision : null;
    }
    const previousBlock = context.document.blocks[end.block]!;
    const adjacent = end.block === start.block - 1 && previousBlock.kind === 'paragraph';
    if (!adjacent || !fillsParagraph(quote, context) || !/^[\p{Lu}\p{N}‘'“"]/u.test(quote.quotation.text)) return null;
    return onlyTheSpeakerBetween(context, previous, end.block, end.end, previousBlock.text.length) ? decision : null;
  },
};

/** No one but the previous quote's speaker is named in the narration between the two quotes. */
function onlyTheSpeakerBetween(
  context: SieveContext,
  previous: QuoteInContext,
  block: number,
  from: number,
  to: number,
): boolean {
  const named = peopleNamedBetween(context, block, from, to);
  const decision = context.decisions[previous.index];
  const speakerMention =
    decision && 'phrase' in decision ? mentionAt(context.cast, decision.block, decision.phrase.start) : undefined;
  return named.every((mention) => speakerMention?.entity !== null && mention.entity === speakerMention?.entity);
}
