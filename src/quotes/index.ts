/**
 * Finds every quotation in an article and attributes it, in stages with plain data between
 * them, after the quote attribution sieves of Muzny et al. (2017) in Stanford CoreNLP:
 *
 *   1. text        the blocks read once: quotation marks paired, sentences, narration tokens
 *   2. cast        every person, organisation, outlet and place the article names, with aliases
 *   3. quotations  multi-paragraph and split quotes joined; non-speech and overrides set aside
 *   4. quote → mention sieves, most precise first: which phrase names each quote's speaker
 *   5. mention → speaker sieves, in reading order: which cast member that phrase refers to
 *
 * Pure: blocks of text and the registry in, quotes out. The remark plugin feeds it.
 */
import { slug } from 'github-slugger';
import { buildCast } from './cast/build-cast.ts';
import type { Entity } from './cast/types.ts';
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
import { NOBODY, type MentionSpeakerSieve, type Referent } from './sieves/mention-speaker/types.ts';
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
import type { ExtractedQuote, Override, SkippedQuotation, SpeakerRef, TextBlock } from './types.ts';

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

export interface ExtractResult {
  quotes: ExtractedQuote[];
  skipped: SkippedQuotation[];
  /** Problems an editor must fix, such as an override naming nobody in the registry. */
  errors: { line: number; message: string }[];
  /** How each speaker not in the registry is described in this article ("geopolitics expert"). */
  descriptions: Record<string, string>;
}

export function extractQuotes(input: readonly TextBlock[], registry: Registry): ExtractResult {
  const document = readDocument(input);
  const cast = buildCast(document, registry);
  const selected = selectQuotes(document, pairQuotations(document));
  const result: ExtractResult = { quotes: [], skipped: selected.skipped, errors: [], descriptions: {} };

  const fixed = selected.overrides.map(
    (override) => override && overrideReferent(override, cast.entities, registry, result),
  );
  const decisions: (Decision | null)[] = selected.quotes.map(() => null);
  const context: SieveContext = { document, cast, quotes: selected.quotes, decisions };
  for (const sieve of QUOTE_MENTION_SIEVES) {
    for (const quote of selected.quotes) {
      if (!decisions[quote.index] && !fixed[quote.index]) decisions[quote.index] = sieve.decide(quote, context);
    }
  }
  const speakers = resolveSpeakers({
    document,
    cast,
    registry,
    quotes: selected.quotes,
    decisions,
    fixed,
    sieves: MENTION_SPEAKER_SIEVES,
  });

  const usedIds = new Map<string, number>();
  for (const quote of selected.quotes) {
    const { quotation, fragment } = quote;
    const decision = decisions[quote.index];
    const referent = speakers[quote.index] ?? NOBODY;
    const line = document.blocks[quotation.segments[0]!.block]!.line;
    const resolvedBy = fixed[quote.index] ? 'override' : referent === NOBODY || !decision ? 'none' : decision.sieve;
    if (fragment && resolvedBy === 'none') {
      result.skipped.push({ text: quotation.text, reason: 'fragment without a speaker', line });
      continue;
    }
    const speaker = referent.entity ? speakerRef(referent.entity) : null;
    if (speaker && referent.entity?.description && !speaker.registered) {
      result.descriptions[speaker.id] ??= referent.entity.description;
    }
    const mention =
      decision && 'phrase' in decision
        ? document.blocks[decision.block]!.text.slice(decision.phrase.start, decision.phrase.end)
        : null;
    result.quotes.push({
      id: uniqueId(quotation.text, usedIds),
      text: quotation.text,
      segments: quotation.segments,
      speaker,
      attribution: referent.attribution,
      resolvedBy,
      cue: resolvedBy === 'override' ? null : (decision?.cue ?? null),
      mention: resolvedBy === 'override' ? null : mention,
      line,
      looksLikeSpeech: !fragment || Boolean(decision?.cue),
    });
  }

  for (const block of document.blocks) {
    for (const override of block.overrides) {
      if (selected.used.has(override)) continue;
      result.errors.push({
        line: override.line,
        message: `The quote override "${override.value}" follows no quotation. Put it right after the closing quotation mark of the quote it corrects.`,
      });
    }
  }
  return result;
}

/** `<!-- speaker: id -->` after a quote: a registry id, or `none`, which wins over everything. */
function overrideReferent(
  override: Override,
  entities: Entity[],
  registry: Registry,
  result: ExtractResult,
): Referent | undefined {
  if (override.value === 'not-a-quote') return undefined;
  if (override.value === 'none') return NOBODY;
  const entry = registry.get(override.value);
  if (entry) {
    const entity = entities.find((e) => e.registry === entry);
    return { entity: entity ?? registeredEntity(entry, entities.length), attribution: null };
  }
  const known = registry.entries.map((p) => p.id).join(', ') || 'none yet';
  result.errors.push({
    line: override.line,
    message: `The quote override names "${override.value}", who is not in the registry. Use the file name of a person in content/people/ or an organisation in content/organisations/ (${known}), "none" or "not-a-quote", or add content/people/${override.value}.md.`,
  });
  return NOBODY;
}

function registeredEntity(entry: NonNullable<ReturnType<Registry['get']>>, id: number): Entity {
  return {
    id,
    kind: entry.kind,
    name: entry.name,
    parts: entry.name.split(/\s+/u),
    aliases: new Set(),
    vocabulary: new Set(),
    description: null,
    evidence: { female: 0, male: 0 },
    learned: new Set(),
    registry: entry,
    first: { block: 0, offset: 0 },
  };
}

function speakerRef(entity: Entity): SpeakerRef {
  if (entity.registry) {
    const { id, name, kind } = entity.registry;
    return { id, name, registered: true, kind };
  }
  const kind = entity.kind === 'organisation' || entity.kind === 'place' ? 'organisation' : 'person';
  // Ids are plain ASCII, like the registry's file names: "Viktor Orbán" → viktor-orban.
  return { id: slug(entity.name.normalize('NFKD').replace(/\p{M}/gu, '')), name: entity.name, registered: false, kind };
}

/** `q-` and the first words of the quote: readable in a link, and unchanged when other quotes or articles change. */
function uniqueId(text: string, used: Map<string, number>): string {
  const base = `q-${slug(text.split(/\s+/).slice(0, 6).join(' ')).slice(0, 48).replace(/-+$/, '')}`;
  const count = (used.get(base) ?? 0) + 1;
  used.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
