/**
 * The mention→speaker pass. It reads the article once, in order, resolving each mention in the
 * narration and each quote's decided mention with the sieves, and keeps the salience state
 * (who was put forward, who spoke last) that pronouns and epithets are resolved against.
 */
import { type Cast, type Entity, type Mention, mentionAt } from '../../cast/types.ts';
import { ageWords, contentWords } from '../../cast/vocabulary.ts';
import type { DescriptionPhrase, NounPhrase } from '../../grammar/noun-phrase.ts';
import { isReplyVerb } from '../../lexicon/index.ts';
import type { Registry } from '../../registry.ts';
import { comparePositions, type Document, type Position, sentenceIndexAt } from '../../text/document.ts';
import type { Decision, QuoteInContext } from '../quote-mention/types.ts';
import { Salience } from './salience.ts';
import { type MentionAt, type MentionSpeakerSieve, NOBODY, type Referent, type ResolveContext } from './types.ts';

export interface ResolveInput {
  document: Document;
  cast: Cast;
  registry: Registry;
  quotes: readonly QuoteInContext[];
  decisions: readonly (Decision | null)[];
  /** Referents fixed by an editor's override, by quote index. */
  fixed: readonly (Referent | undefined)[];
  sieves: readonly MentionSpeakerSieve[];
}

type Event = { at: Position; mention: Mention } | { at: Position; quote: number };

/** Each quote's speaker, by quote index. */
export function resolveSpeakers(input: ResolveInput): Referent[] {
  const { document, cast, quotes, decisions } = input;
  const context: ResolveContext = { cast, registry: input.registry, salience: new Salience() };
  const memo = new Map<number, Referent>();
  const speakers: (Referent | undefined)[] = [];

  const at = (position: Position): MentionAt => ({
    ...position,
    sentence: sentenceIndexAt(document.blocks[position.block]!, position.offset),
  });
  const run = (phrase: NounPhrase, position: Position): Referent => {
    for (const sieve of input.sieves) {
      const referent = sieve.resolve(phrase, at(position), context);
      if (referent) return referent;
    }
    return NOBODY;
  };
  const resolveMention = (mention: Mention): Referent => {
    const known = memo.get(mention.index);
    if (known) return known;
    const referent = run(mention.phrase, mention.position);
    memo.set(mention.index, referent);
    if (referent.entity && mention.phrase.kind === 'description') learnFrom(referent.entity, mention.phrase);
    context.salience.note(referent, at(mention.position), mention.isSubject);
    return referent;
  };
  const resolveQuote = (index: number): Referent => {
    const done = speakers[index];
    if (done) return done;
    const decision = decisions[index] ?? null;
    let referent = input.fixed[index] ?? NOBODY;
    if (!input.fixed[index] && decision && 'sameAs' in decision) referent = resolveQuote(decision.sameAs);
    else if (!input.fixed[index] && decision && 'phrase' in decision) {
      const position = { block: decision.block, offset: decision.phrase.start };
      const collected = mentionAt(cast, position.block, position.offset, decision.phrase.kind);
      // `“And the lifts?” asked one resident. “Soon,” she answered.`: a reply is not the asker's.
      const previous = quotes[index - 1];
      const replies = decision.cue !== null && isReplyVerb(decision.cue) && /\?$/u.test(previous?.quotation.text ?? '');
      context.asker = replies && previous ? resolveQuote(previous.index) : undefined;
      referent = collected ? resolveMention(collected) : run(decision.phrase, position);
      context.asker = undefined;
    }

    speakers[index] = referent;
    context.salience.spoke(referent, at(quotePosition(quotes[index]!, decision)));
    return referent;
  };

  const events: Event[] = [
    ...cast.mentions.map((mention) => ({ at: mention.position, mention })),
    ...quotes.map((quote) => ({ at: quotePosition(quote, decisions[quote.index] ?? null), quote: quote.index })),
    // A quote read where its speaker is named goes first, so that its cue resolves that mention
    // knowing the quote (`“Soon,” she answered` is a reply, and not the asker's).
  ].sort((a, b) => comparePositions(a.at, b.at) || ('quote' in a ? -1 : 1) - ('quote' in b ? -1 : 1));
  for (const event of events) {
    if ('mention' in event) resolveMention(event.mention);
    else resolveQuote(event.quote);
  }
  return quotes.map((quote) => speakers[quote.index] ?? NOBODY);
}

/** A quote is read where its speaker is named, if that comes after it (`“…,” she said`). */
function quotePosition(quote: QuoteInContext, decision: Decision | null): Position {
  const first = quote.quotation.segments[0]!;
  const start = { block: first.block, offset: first.start };
  if (!decision || !('phrase' in decision)) return start;
  const named = { block: decision.block, offset: decision.phrase.start };
  return comparePositions(named, start) > 0 ? named : start;
}

/** `The Danish player, 34, …` resolved to Holm: Holm is Danish and 34, for a later `the Dane` or `the 34-year-old`. */
function learnFrom(entity: Entity, phrase: DescriptionPhrase): void {
  for (const word of contentWords(phrase.text)) entity.vocabulary.add(word);
  for (const word of ageWords(phrase.appositive ?? '')) entity.vocabulary.add(word);
}
