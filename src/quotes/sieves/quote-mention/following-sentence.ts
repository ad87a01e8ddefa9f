/**
 * `following-sentence`: the sentence right after the quote is about saying it, and names who
 * did: `“What kind of language is this?” Chavan asked.`, `In reply, Ruiz answered.` The verb
 * must end its clause: `Patel said the team was ready.` reports something else.
 */
import { cueAfter } from '../../grammar/cues.ts';
import { sentenceIndexAt, tokensBetween } from '../../text/document.ts';
import { CLAUSE_END_WORDS, DETERMINERS, QUESTION_NOUNS, SPEECH_NOUNS, takesListener } from '../../lexicon/index.ts';
import { isPunctuation, type Token } from '../../text/tokens.ts';
import { holdsQuote, lastSegment } from './context.ts';
import type { QuoteMentionSieve } from './types.ts';

export const followingSentenceSieve: QuoteMentionSieve = {
  name: 'following-sentence',
  decide(quote, context) {
    if (quote.after.length > 0) return null;
    const last = lastSegment(quote);
    const block = context.document.blocks[last.block]!;
    const next = block.sentences[sentenceIndexAt(block, Math.max(0, last.end - 1)) + 1];
    if (!next) return null;
    const tokens = tokensBetween(block, next.start, next.end);
    if (holdsQuote(tokens)) return null;
    const cue = cueAfter(tokens);
    if (!cue?.speaker || cue.speaker.kind === 'description') return null;
    // What follows the cue (`Chavan asked` / `asked Chavan`) must not be a clause of its own.
    const verbWords = cue.verb.split(' ').length;
    const verbAt = tokens.findIndex((token) => token.text === cue.verb.split(' ')[0]);
    const speakerEnd = tokens.findIndex((token) => token.start >= cue.speaker!.end);
    const afterCue = verbAt >= speakerEnd ? verbAt + verbWords : speakerEnd === -1 ? tokens.length : speakerEnd;
    const following = tokens[objectEnd(tokens, afterCue, cue.verb)];
    const endsClause =
      !following ||
      isPunctuation(following) ||
      CLAUSE_END_WORDS.has(following.norm) ||
      /\p{L}ly$/u.test(following.norm);

    return endsClause ? { sieve: 'following-sentence', cue: cue.verb, phrase: cue.speaker, block: block.index } : null;
  },
};

/**
 * Past the verb's object when that object is whom it was said to or what it answered
 * (`told reporters`, `answered the question about …`): the clause still ends there.
 */
function objectEnd(tokens: Token[], at: number, verb: string): number {
  const first = tokens[at];
  const listener = takesListener(verb.split(' ')[0]!);
  const determiner = first !== undefined && DETERMINERS.has(first.norm);
  const head = tokens[determiner ? at + 1 : at];
  if (head && (SPEECH_NOUNS.has(head.norm) || QUESTION_NOUNS.has(head.norm) || (listener && !isPunctuation(head)))) {
    return (determiner ? at + 1 : at) + 1;
  }
  return at;
}
