/**
 * `conversation`: a Q&A. An answer — a paragraph that is only a quote, after a question or lead
 * line with no quote of its own (`On his team's two defeats?:`), or after a heading that asks
 * (`### Where did the idea come from?`) — belongs to the interviewee: whoever answered the last
 * time, the one person the section's heading or its opening line names (`Priya Raman, England
 * captain`), or, under headings that ask, the one person the introduction puts forward.
 */
import { type Mention, mentionsIn } from '../../cast/types.ts';
import { isVerbLike } from '../../grammar/word-classes.ts';
import type { Block } from '../../text/document.ts';
import { fillsParagraph, firstSegment } from './context.ts';
import type { QuoteMentionSieve, SieveContext } from './types.ts';

/** A heading or a line with no quote of its own that asks: the interviewer's turn. */
const asks = (block: Block): boolean => block.spans.length === 0 && /\?\s*$/u.test(block.text);

export const conversationSieve: QuoteMentionSieve = {
  name: 'conversation',
  decide(quote, context) {
    if (!fillsParagraph(quote, context)) return null;
    const start = firstSegment(quote).block;
    const question = context.document.blocks[start - 1];
    if (!question || question.spans.length > 0) return null;
    const headingAsks = question.kind === 'heading' && asks(question);
    if (question.kind === 'heading' ? !headingAsks : !/[?:]\s*$/u.test(question.text)) return null;
    // The interviewee: the speaker of the nearest earlier quote in this section, or the one
    // person its heading or opening line names.
    for (let b = start - 2; b >= 0; b--) {
      const block = context.document.blocks[b]!;
      const named = namedBy(block, context);
      if (named) return { sieve: 'conversation', cue: null, phrase: named.phrase, block: b };
      if (block.kind === 'heading' && !(headingAsks && asks(block))) return null;
      const earlier = context.quotes.findLast(
        (q) => q.index < quote.index && q.quotation.segments.some((segment) => segment.block === b),
      );
      if (earlier && context.decisions[earlier.index]) {
        return { sieve: 'conversation', cue: null, sameAs: earlier.index };
      }
      const introduced =
        headingAsks && block.kind === 'paragraph' && !asks(block) ? introducedBy(block, context) : null;
      if (introduced) return { sieve: 'conversation', cue: null, phrase: introduced.phrase, block: b };
    }
    return null;
  },
};

/** The one person a heading names, or a line that is only a name and a role (no quote, no verb). */
function namedBy(block: Block, context: SieveContext): Mention | undefined {
  const people = mentionsIn(context.cast, block.index).filter(
    (m) => m.kind === 'name' && context.cast.entities[m.entity ?? -1]?.kind === 'person',
  );
  const [only] = people;
  if (!only || people.length !== 1) return undefined;
  if (block.kind === 'heading') return only;
  const line = block.spans.length === 0 && block.tokens.length <= 10 && !block.tokens.some(isVerbLike);
  return line && only.position.offset === block.tokens[0]?.start ? only : undefined;
}

/** `Novelist Ama Owusu has won the prize … We spoke to her`: the one person an introduction has as subject. */
function introducedBy(block: Block, context: SieveContext): Mention | undefined {
  const people = mentionsIn(context.cast, block.index).filter(
    (m) => m.kind === 'name' && context.cast.entities[m.entity ?? -1]?.kind === 'person',
  );
  const entities = new Set(people.map((m) => m.entity));
  const subject = people.find((m) => m.isSubject);
  return entities.size === 1 && subject ? subject : undefined;
}
