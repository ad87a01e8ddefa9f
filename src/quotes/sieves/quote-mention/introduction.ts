/**
 * `introduction`: the sentence right before the quote, in its paragraph, puts one person
 * forward as its subject and quotes nothing: `Kowalska disagrees. “The forecasts were fine.”`
 */
import { opensSentence, firstSegment, holdsQuote, tokensBetween } from './context.ts';
import { sentenceIndexAt } from '../../text/document.ts';
import type { QuoteMentionSieve } from './types.ts';

export const introductionSieve: QuoteMentionSieve = {
  name: 'introduction',
  decide(quote, context) {
    if (!opensSentence(quote, context)) return null;
    const first = firstSegment(quote);
    const block = context.document.blocks[first.block]!;
    const index = sentenceIndexAt(block, first.start) - 1;
    const previous = block.sentences[index];
    if (!previous || holdsQuote(tokensBetween(block, previous.start, previous.end))) return null;
    const people = context.cast.mentions.filter((m) => {
      if (m.kind !== 'name' || m.position.block !== block.index || m.sentence !== index) return false;
      const kind = context.cast.entities[m.entity ?? -1]?.kind;
      return kind === 'person' || kind === 'unknown';
    });
    const [only] = people;
    return only && people.length === 1 && only.isSubject
      ? { sieve: 'introduction', cue: null, phrase: only.phrase, block: block.index }
      : null;
  },
};
