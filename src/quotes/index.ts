/**
 * Finds every quotation in an article and attributes it, in stages, after the quote
 * attribution sieves of Muzny et al. (2017) in Stanford CoreNLP:
 *
 *   1. text        the blocks read once: quotation marks paired, sentences, narration tokens
 *   2. cast        every person, organisation, outlet and place the article names, with aliases
 *   3. quotations  multi-paragraph and split quotes joined; non-speech and overrides set aside
 *   4. quote → mention sieves, most precise first: which phrase names each quote's speaker
 *   5. mention → speaker sieves, in reading order: which cast member that phrase refers to
 *
 * Each stage reads what the ones before it built and changes none of it. Pure: blocks of text
 * and the registry in, quotes out. The remark plugin feeds it.
 */
import { buildCast } from './cast/build-cast.ts';
import { assembleQuotes } from './output.ts';
import type { Attribution, ExtractResult, Stages } from './stages.ts';
import { type Fixed, readOverrides } from './quotations/overrides.ts';
import { pairQuotations } from './quotations/pair.ts';
import { selectQuotes } from './quotations/select.ts';
import type { Registry } from './registry.ts';
import { descriptionSieve } from './sieves/mention-speaker/description.ts';
import { epithetSieve } from './sieves/mention-speaker/epithet.ts';
import { namedLaterSieve } from './sieves/mention-speaker/named-later.ts';
import { nameSieve } from './sieves/mention-speaker/name.ts';
import { organisationSieve } from './sieves/mention-speaker/organisation.ts';
import { pronounSieve } from './sieves/mention-speaker/pronoun.ts';
import { resolveSpeakers } from './sieves/mention-speaker/resolve.ts';
import { spokespersonSieve } from './sieves/mention-speaker/spokesperson.ts';
import type { MentionSpeakerSieve } from './sieves/mention-speaker/types.ts';
import { unnamedSieve } from './sieves/mention-speaker/unnamed.ts';
import { closestMentionSieve } from './sieves/quote-mention/closest-mention.ts';
import { continuationSieve } from './sieves/quote-mention/continuation.ts';
import { conversationSieve } from './sieves/quote-mention/conversation.ts';
import { cueSieve } from './sieves/quote-mention/cue.ts';
import { followingSentenceSieve } from './sieves/quote-mention/following-sentence.ts';
import { introductionSieve } from './sieves/quote-mention/introduction.ts';
import { leadInSieve } from './sieves/quote-mention/lead-in.ts';
import { roundUpSieve } from './sieves/quote-mention/round-up.ts';
import type { Decision, QuoteMentionSieve, SieveContext } from './sieves/quote-mention/types.ts';
import { readDocument } from './text/document.ts';
import type { TextBlock } from './types.ts';

export type { Attribution, ExtractResult, Stages } from './stages.ts';

/** Quote → mention, in this order; each sieve sees only the quotes the ones before it left undecided. */
export const QUOTE_MENTION_SIEVES: readonly QuoteMentionSieve[] = [
  cueSieve,
  roundUpSieve,
  leadInSieve,
  followingSentenceSieve,
  continuationSieve,
  conversationSieve,
  introductionSieve,
  closestMentionSieve,
];

/** Mention → speaker, in this order; the first that resolves a phrase wins. */
export const MENTION_SPEAKER_SIEVES: readonly MentionSpeakerSieve[] = [
  nameSieve,
  pronounSieve,
  descriptionSieve,
  spokespersonSieve,
  organisationSieve,
  namedLaterSieve,
  epithetSieve,
  unnamedSieve,
];

export function readStages(input: readonly TextBlock[], registry: Registry): Stages {
  const document = readDocument(input);
  return { document, cast: buildCast(document, registry), selected: selectQuotes(document, pairQuotations(document)) };
}

/**
 * The quote→mention loop: each sieve in turn over every quote that no sieve before it decided
 * and no override fixed. A sieve sees the decisions made so far, its own included.
 */
export function decideMentions(
  stages: Stages,
  fixed: readonly (Fixed | undefined)[] = [],
  sieves: readonly QuoteMentionSieve[] = QUOTE_MENTION_SIEVES,
): (Decision | null)[] {
  const { document, cast, selected } = stages;
  const decisions: (Decision | null)[] = selected.quotes.map(() => null);
  const context: SieveContext = { document, cast, quotes: selected.quotes, decisions };
  for (const sieve of sieves) {
    for (const quote of selected.quotes) {
      if (!decisions[quote.index] && !fixed[quote.index]) decisions[quote.index] = sieve.decide(quote, context);
    }
  }
  return decisions;
}

/** Both sieve loops over the selected quotes, editors' overrides applied first. */
export function attributeQuotes(
  stages: Stages,
  registry: Registry,
  sieves: { quoteMention?: readonly QuoteMentionSieve[]; mentionSpeaker?: readonly MentionSpeakerSieve[] } = {},
): Attribution {
  const { document, cast, selected } = stages;
  const overrides = readOverrides(selected.overrides, registry);
  const decisions = decideMentions(stages, overrides.fixed, sieves.quoteMention);
  const pass = resolveSpeakers({
    document,
    cast,
    registry,
    quotes: selected.quotes,
    decisions,
    fixed: overrides.fixed,
    sieves: sieves.mentionSpeaker ?? MENTION_SPEAKER_SIEVES,
  });
  return { decisions, pass, errors: overrides.errors };
}

export function extractQuotes(input: readonly TextBlock[], registry: Registry): ExtractResult {
  const stages = readStages(input, registry);
  const attribution = attributeQuotes(stages, registry);
  return assembleQuotes(stages, attribution);
}
