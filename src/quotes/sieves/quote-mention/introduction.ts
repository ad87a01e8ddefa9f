/**
 * `introduction`: the sentence right before the quote, in its paragraph, puts one person
 * forward as its subject and quotes nothing: `Kowalska disagrees. “The forecasts were fine.”`,
 * `Asked about the crowd, the Dane smiled. “They were loud.”`
 */
import { isPossessiveText } from '../../text/tokens.ts';
import { firstSegment, holdsQuote, opensSentence } from './context.ts';
import { type Block, sentenceIndexAt, tokensBetween } from '../../text/document.ts';
import { type Mention, mentionsIn } from '../../cast/types.ts';
import { describesPerson } from '../../grammar/phrases.ts';
import type { QuoteMentionSieve, SieveContext } from './types.ts';

export const introductionSieve: QuoteMentionSieve = {
  name: 'introduction',
  decide(quote, context) {
    if (!opensSentence(quote, context)) return null;
    const first = firstSegment(quote);
    const block = context.document.blocks[first.block]!;
    const index = sentenceIndexAt(block, first.start) - 1;
    const previous = block.sentences[index];
    if (!previous || holdsQuote(tokensBetween(block, previous.start, previous.end))) return null;
    const mentioned = mentionsIn(context.cast, block.index).filter(
      (m) => m.sentence === index && refersToPerson(m, context),
    );
    // `Mrs Holt said she was not worried.`: one person, named and then a pronoun of theirs.
    const named = mentioned.filter((m) => m.kind === 'name');
    const people = named.length > 0 && new Set(named.map((m) => m.entity)).size === 1 ? named.slice(0, 1) : mentioned;
    const [only] = people;
    return only && people.length === 1 && (only.isSubject || isTopic(block, only))
      ? { sieve: 'introduction', cue: null, phrase: only.phrase, block: block.index }
      : null;
  },
};

/** `For Tomas Brek, the low point was …`: a person the sentence opens by putting forward. */
function isTopic(block: Block, mention: Mention): boolean {
  const sentence = block.sentences[mention.sentence];
  if (!sentence) return false;
  // `For Dragan,`, `As for conductor Mirela Dragan,`: the name with any role words before it.
  const before = block.text.slice(sentence.start, mention.position.offset).trim();
  return /^(?:As for|For)(?:\s+[\p{Ll}-]+){0,3}$/u.test(before) && /^\s*,/u.test(block.text.slice(mention.end));
}

/** A name of a person, `he` or `she`, or a description of a person (`the Dane`). */
function refersToPerson(mention: Mention, context: SieveContext): boolean {
  const { phrase } = mention;
  if (phrase.kind === 'pronoun') return phrase.word === 'he' || phrase.word === 'she';
  if (phrase.kind === 'description') return phrase.definite && describesPerson(phrase);
  // `Brightwell's chief executive, Lars Ekman, …`: a possessive only modifies someone else.
  if (isPossessiveText(mention.text)) return false;
  // A single word the text never showed to be a person (`in York`) counts only as a subject.
  const kind = context.cast.entities[mention.entity ?? -1]?.kind;
  return kind === 'person' || (kind === 'unknown' && mention.isSubject);
}
