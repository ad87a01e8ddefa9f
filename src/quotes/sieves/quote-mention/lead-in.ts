/**
 * `lead-in`: a quote that opens its paragraph, after a paragraph whose last clause introduces it
 * (`Moss said:`, `In a reply, Patel wrote:`, `…, saying:`), or after a paragraph of reported
 * speech with no quote of its own (`Cape Town's mayor, Patricia de Lille, said the results were
 * humbling.` then `“I am very humbled …”`): news copy carries the speaker of reported speech
 * into the quote paragraph that follows it.
 */
import { cueBefore, sentenceSubject } from '../../grammar/cues.ts';
import { sentenceAt, tokensBetween } from '../../text/document.ts';
import { QUOTE_NORM } from '../../text/tokens.ts';
import { fillsParagraph, firstSegment } from './context.ts';
import type { QuoteMentionSieve } from './types.ts';

export const leadInSieve: QuoteMentionSieve = {
  name: 'lead-in',
  decide(quote, context) {
    const first = firstSegment(quote);
    const block = context.document.blocks[first.block]!;
    if (block.text.slice(0, first.start).trim() !== '') return null;
    const previous = context.document.blocks[first.block - 1];
    // A question line (`On his team's form?:`) is the interviewer's turn: the conversation sieve reads it.
    if (!previous || previous.kind === 'heading' || /\?\W*$/u.test(previous.text)) return null;
    const introduces = /[:,]\s*$/u.test(previous.text);
    const reports = previous.spans.length === 0 && fillsParagraph(quote, context);
    if (!introduces && !reports) return null;

    const end = previous.text.trimEnd().length;
    const tokens = tokensBetween(previous, sentenceAt(previous, Math.max(0, end - 1)).start, end);
    const lastQuote = tokens.findLastIndex((token) => token.norm === QUOTE_NORM);
    const clause = tokens.slice(lastQuote + 1);
    // `Lobera was not surprised … and glad his team came out winners,`: with no speech verb, a
    // paragraph that ends by leading into the quote gives it to its subject.
    const subject = introduces ? sentenceSubject(clause) : null;
    const led = subject?.kind === 'name' || (subject?.kind === 'pronoun' && ['he', 'she'].includes(subject.word));
    const cue =
      cueBefore(clause) ?? (led ? { verb: ',', speaker: subject, boundByColon: false, participle: false } : null);
    // `What they said:` introduces a round-up of several voices, not one speaker.
    if (!cue?.speaker || (cue.speaker.kind === 'pronoun' && ['they', 'we'].includes(cue.speaker.word))) return null;
    // Reported speech hands its speaker on only when someone named or a pronoun said it.
    if (!introduces && cue.speaker.kind === 'description') return null;

    return { sieve: 'lead-in', cue: cue.verb, phrase: cue.speaker, block: previous.index };
  },
};
