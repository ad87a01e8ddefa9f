/**
 * `cue`: a speech verb in the quote's own sentence names the speaker, tightest binding first —
 * a colon right before the quote (`Moss added: “…”`), a cue right after it (`“…,” said Moss`),
 * a verb before it (`Moss said the plan was “…”`), a cue later in the sentence. A participle
 * (`…, saying “…”`) belongs to the sentence's subject.
 */
import { cueAfter, cueBefore, sentenceSubject } from '../../grammar/cues.ts';
import { firstSegment, sentenceTokensBefore } from './context.ts';
import type { QuoteMentionSieve } from './types.ts';

export const cueSieve: QuoteMentionSieve = {
  name: 'cue',
  decide(quote, context) {
    const block = firstSegment(quote).block;
    const before = cueBefore(quote.before, { commaIntroduces: true });
    const after = cueAfter(quote.after);
    const candidates = [
      before?.boundByColon ? before : null,
      before?.direct ? before : null,
      after?.immediate ? after : null,
      before && !before.participle ? before : null,
      after,
      before,
    ];
    // Across a non-speech quote earlier in the sentence: `Margaret Thatcher, known as “the Iron
    // Lady”, once described consensus as “…”`.
    const nearby = candidates.find((candidate) => candidate?.speaker);
    const whole = nearby ? null : cueBefore(sentenceTokensBefore(quote, context));
    const cue = nearby ?? (whole?.speaker ? whole : null);
    // A quote over several paragraphs has its cue after it in the last one.
    const cueBlock = cue !== null && cue === after ? quote.afterBlock : block;
    if (cue?.speaker) return { sieve: 'cue', cue: cue.verb, phrase: cue.speaker, block: cueBlock };
    // `A federal judge … blocked the law, calling parts of it “…”`: the participle's speaker is the subject.
    if (before?.participle) {
      const subject = sentenceSubject(sentenceTokensBefore(quote, context));
      if (subject) return { sieve: 'cue', cue: before.verb, phrase: subject, block };
    }
    return null;
  },
};
