/**
 * The mention→speaker pass. It reads the article once, in order, resolving each mention in the
 * narration and each quote's decided mention with the sieves, the first that answers winning.
 * It owns the resolution state (see `resolution-state.ts`): sieves read it and hand back what
 * they learned, which is applied here, so the cast stays as the cast stage built it.
 */
import { type Cast, type Mention, mentionAt } from '../../cast/types.ts';
import { ageWords, contentWords } from '../../cast/vocabulary.ts';
import type { NounPhrase } from '../../grammar/phrases.ts';
import { isReplyVerb } from '../../lexicon/index.ts';
import type { Registry } from '../../registry.ts';
import { comparePositions, type Document, type Position, sentenceIndexAt } from '../../text/document.ts';
import type { Fixed } from '../../quotations/overrides.ts';
import type { SpeakerResolution } from '../../types.ts';
import type { Decision, QuoteInContext } from '../quote-mention/types.ts';
import { ResolutionState } from './resolution-state.ts';
import { type MentionAt, type MentionSpeakerSieve, NOBODY, type Referent, type ResolveContext } from './types.ts';

export interface ResolveInput {
  document: Document;
  cast: Cast;
  registry: Registry;
  quotes: readonly QuoteInContext[];
  decisions: readonly (Decision | null)[];
  /** Speakers fixed by an editor's override, by quote index. */
  fixed: readonly (Fixed | undefined)[];
  sieves: readonly MentionSpeakerSieve[];
}

/** A quote's speaker, and the mention→speaker sieve that decided it (`override`; null when nobody did). */
export interface QuoteSpeaker {
  referent: Referent;
  sieve: SpeakerResolution | null;
}

/** One phrase the pass resolved, in reading order: what tests and the evaluation read. */
export interface ResolvedPhrase {
  at: Position;
  phrase: NounPhrase;
  sieve: MentionSpeakerSieve['name'] | null;
  referent: Referent;
}

export interface SpeakerPass {
  /** By quote index. */
  speakers: QuoteSpeaker[];
  resolved: ResolvedPhrase[];
}

type Event = { at: Position; mention: Mention } | { at: Position; quote: number };

export function resolveSpeakers(input: ResolveInput): SpeakerPass {
  const { document, cast, quotes, decisions } = input;
  const state = new ResolutionState(cast);
  let asker: Referent | undefined;
  const context = (): ResolveContext => ({ document, cast, registry: input.registry, state, asker });
  const memo = new Map<number, QuoteSpeaker>();
  const speakers: (QuoteSpeaker | undefined)[] = [];
  const resolved: ResolvedPhrase[] = [];

  const at = (position: Position): MentionAt => ({
    ...position,
    sentence: sentenceIndexAt(document.blocks[position.block]!, position.offset),
  });
  const run = (phrase: NounPhrase, position: Position): QuoteSpeaker => {
    const where = at(position);
    for (const sieve of input.sieves) {
      const found = sieve.resolve(phrase, where, context());
      if (!found) continue;
      state.apply(found.learned);
      // The bare referent, without what was learned; `NOBODY` itself when it names nobody at all.
      const referent: Referent =
        found.entity || found.attribution
          ? ({ entity: found.entity, attribution: found.attribution } as Referent)
          : NOBODY;
      resolved.push({ at: position, phrase, sieve: sieve.name, referent });
      return { referent, sieve: sieve.name };
    }
    resolved.push({ at: position, phrase, sieve: null, referent: NOBODY });
    return { referent: NOBODY, sieve: null };
  };
  const resolveMention = (mention: Mention): QuoteSpeaker => {
    const known = memo.get(mention.index);
    if (known) return known;
    const outcome = run(mention.phrase, mention.position);
    memo.set(mention.index, outcome);
    const { entity } = outcome.referent;
    if (entity && mention.phrase.kind === 'description') {
      state.learnWords(entity, [...contentWords(mention.phrase.text), ...ageWords(mention.phrase.appositive ?? '')]);
    }
    state.salience.note(outcome.referent, at(mention.position), mention.isSubject);
    return outcome;
  };
  const resolveQuote = (index: number): QuoteSpeaker => {
    const done = speakers[index];
    if (done) return done;
    const decision = decisions[index] ?? null;
    const fixed = input.fixed[index];
    let outcome: QuoteSpeaker = { referent: NOBODY, sieve: null };
    if (fixed) {
      outcome = {
        referent: fixed === 'nobody' ? NOBODY : { entity: state.registered(fixed.entry), attribution: null },
        sieve: 'override',
      };
    } else if (decision && 'sameAs' in decision) outcome = resolveQuote(decision.sameAs);
    else if (decision && 'phrase' in decision) {
      const position = { block: decision.block, offset: decision.phrase.start };
      const collected = mentionAt(cast, position.block, position.offset, decision.phrase.kind);
      // `“And the lifts?” asked one resident. “Soon,” she answered.`: a reply is not the asker's.
      const previous = quotes[index - 1];
      const replies = decision.cue !== null && isReplyVerb(decision.cue) && /\?$/u.test(previous?.quotation.text ?? '');
      asker = replies && previous ? resolveQuote(previous.index).referent : undefined;
      outcome = collected ? resolveMention(collected) : run(decision.phrase, position);
      asker = undefined;
    }
    speakers[index] = outcome;
    state.salience.spoke(outcome.referent, at(quotePosition(quotes[index]!, decision)));
    return outcome;
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
  return {
    speakers: quotes.map((quote) => speakers[quote.index] ?? { referent: NOBODY, sieve: null }),
    resolved,
  };
}

/** A quote is read where its speaker is named, if that comes after it (`“…,” she said`). */
function quotePosition(quote: QuoteInContext, decision: Decision | null): Position {
  const first = quote.quotation.segments[0]!;
  const start = { block: first.block, offset: first.start };
  if (!decision || !('phrase' in decision)) return start;
  const named = { block: decision.block, offset: decision.phrase.start };
  return comparePositions(named, start) > 0 ? named : start;
}
