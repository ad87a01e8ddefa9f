/**
 * `closest-mention`, the last resort: the quote's own sentence has one person as its subject
 * and names no other (`Reid considers it “the thrill of my lifetime”`). The build report lists
 * every quote decided here, with `file:line`, for an editor to check.
 */
import { mentionsIn } from '../../cast/types.ts';
import { sentenceAt } from '../../text/document.ts';
import { blockOf, firstSegment } from './context.ts';
import type { QuoteMentionSieve } from './types.ts';

export const closestMentionSieve: QuoteMentionSieve = {
  name: 'closest-mention',
  decide(quote, context) {
    // A fragment (`a “hawk” by reputation`) is too often a scare quote to guess a speaker for.
    if (quote.fragment) return null;
    const first = firstSegment(quote);

    const block = blockOf(quote, context);
    const sentence = sentenceAt(block, first.start);
    const named = mentionsIn(context.cast, block.index).filter((m) => {
      if (m.position.offset < sentence.start || m.position.offset >= sentence.end) return false;
      if (m.kind === 'name') {
        const kind = context.cast.entities[m.entity ?? -1]?.kind;
        return kind === 'person' || kind === 'unknown';
      }
      return (
        m.isSubject && m.kind === 'pronoun' && m.phrase.kind === 'pronoun' && ['he', 'she'].includes(m.phrase.word)
      );
    });
    const subject = named.find((m) => m.isSubject && m.position.offset < first.start);
    const others = named.filter((m) => m.kind === 'name' && m.entity !== subject?.entity);
    if (!subject || others.length > 0) return null;
    return { sieve: 'closest-mention', cue: null, phrase: subject.phrase, block: block.index };
  },
};
