/**
 * `continuation`: the quote carries on from the previous quote's speaker — another quote in the
 * same sentence; a second quote in the paragraph with only narration of that speaker between;
 * a paragraph that is only a quote, after a paragraph that ended with the speaker's quote.
 */
import { mentionAt } from '../../cast/types.ts';
import { sentenceAt, sentenceIndexAt } from '../../text/document.ts';
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
      // `After the call, “they aren’t rumblings …”`: a sentence of their own words, whatever its first letter.
      if (!opensLikeSpeech(quote.quotation.text) && quote.fragment) return null;
      return onlyTheSpeakerBetween(context, previous, start.block, end.end, start.start) ? decision : null;
    }
    const previousBlock = context.document.blocks[end.block]!;
    const adjacent = end.block === start.block - 1 && previousBlock.kind === 'paragraph';
    if (!adjacent || !fillsParagraph(quote, context) || quote.fragment) return null;
    return onlyTheSpeakerBetween(context, previous, end.block, end.end, previousBlock.text.length) ? decision : null;
  },
};

/** A capital, a digit, an opening mark or an editor's bracket (`[W]e have …`). */
const opensLikeSpeech = (text: string): boolean => /^[\p{Lu}\p{N}‘'“"[(]/u.test(text);

/**
 * No one but the previous quote's speaker is named in the narration between the two quotes,
 * past the sentence that attributes the previous quote: `…,” said Jonas Pihl, an analyst at
 * Corwen Partners.` names the firm, and the next quote is still Pihl's.
 */
function onlyTheSpeakerBetween(
  context: SieveContext,
  previous: QuoteInContext,
  block: number,
  from: number,
  to: number,
): boolean {
  const own = sentenceAt(context.document.blocks[block]!, Math.max(0, from - 1));
  const named = peopleNamedBetween(context, block, Math.max(from, Math.min(own.end, to)), to);
  const decision = context.decisions[previous.index];
  const speakerMention =
    decision && 'phrase' in decision ? mentionAt(context.cast, decision.block, decision.phrase.start) : undefined;
  return named.every((mention) => speakerMention?.entity !== null && mention.entity === speakerMention?.entity);
}
