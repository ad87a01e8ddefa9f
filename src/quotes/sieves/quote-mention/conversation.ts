/**
 * `conversation`: a Q&A. An answer — a paragraph that is only a quote, after a question or lead
 * line with no quote of its own (`On his team's two defeats?:`) — belongs to the interviewee:
 * whoever answered the last time, or the one person the section's heading names.
 */
import { mentionsIn } from '../../cast/types.ts';
import { fillsParagraph, firstSegment } from './context.ts';
import type { QuoteMentionSieve } from './types.ts';

export const conversationSieve: QuoteMentionSieve = {
  name: 'conversation',
  decide(quote, context) {
    if (!fillsParagraph(quote, context)) return null;
    const start = firstSegment(quote).block;
    const question = context.document.blocks[start - 1];
    if (!question || question.kind === 'heading' || question.spans.length > 0) return null;
    if (!/[?:]\s*$/u.test(question.text)) return null;
    // The interviewee: the speaker of the nearest earlier quote in this section, or its heading's one person.
    for (let b = start - 2; b >= 0; b--) {
      const block = context.document.blocks[b]!;
      if (block.kind === 'heading') {
        const people = mentionsIn(context.cast, b).filter(
          (m) => m.kind === 'name' && context.cast.entities[m.entity ?? -1]?.kind === 'person',
        );
        const [only] = people;
        if (only && people.length === 1) {
          return { sieve: 'conversation', cue: null, phrase: only.phrase, block: b };
        }
        return null;
      }
      const earlier = context.quotes.findLast(
        (q) => q.index < quote.index && q.quotation.segments.some((segment) => segment.block === b),
      );
      if (earlier && context.decisions[earlier.index])
        return { sieve: 'conversation', cue: null, sameAs: earlier.index };
    }
    return null;
  },
};
