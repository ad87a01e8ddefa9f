/**
 * The mention→speaker pass. It reads the article once, in order, resolving each mention in the
 * narration and each quote's decided mention with the sieves, and keeps the salience state
 * (who was put forward, who spoke last) that pronouns and epithets are resolved against.
 */
import type { Cast, Mention } from '../../cast/types.ts';
import type { NounPhrase } from '../../grammar/noun-phrase.ts';
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
      const collected = cast.mentions.find(
        (m) =>
          m.position.block === position.block && m.phrase.start === position.offset && m.kind === decision.phrase.kind,
      );
      referent = collected ? resolveMention(collected) : run(decision.phrase, position);
    }
    speakers[index] = referent;
    context.salience.spoke(referent, at(quotePosition(quotes[index]!, decision)));
    return referent;
  };

  const events: Event[] = [
    ...cast.mentions.map((mention) => ({ at: mention.position, mention })),
    ...quotes.map((quote) => ({ at: quotePosition(quote, decisions[quote.index] ?? null), quote: quote.index })),
  ].sort((a, b) => comparePositions(a.at, b.at) || ('mention' in a ? -1 : 1) - ('mention' in b ? -1 : 1));
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
