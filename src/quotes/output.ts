/**
 * The extractor's output, built from what the stages and sieves decided: each quote with its
 * speaker, the sieves that decided, its id and line; fragments nobody said set aside; overrides
 * that follow no quote reported.
 */
import { slug } from 'github-slugger';
import type { Entity } from './cast/types.ts';
import type { Attribution, ExtractResult, Stages } from './stages.ts';
import { NOBODY } from './sieves/mention-speaker/types.ts';
import type { SpeakerRef } from './types.ts';

export function assembleQuotes(stages: Stages, attribution: Attribution): ExtractResult {
  const { document, selected } = stages;
  const { decisions, pass } = attribution;
  const result: ExtractResult = {
    quotes: [],
    skipped: [...selected.skipped],
    errors: [...attribution.errors],
    descriptions: {},
  };
  const usedIds = new Map<string, number>();
  for (const quote of selected.quotes) {
    const { quotation, fragment } = quote;
    const decision = decisions[quote.index];
    const { referent, sieve } = pass.speakers[quote.index] ?? { referent: NOBODY, sieve: null };
    const line = document.blocks[quotation.segments[0]!.block]!.line;
    const overridden = sieve === 'override';
    const resolvedBy = overridden ? 'override' : referent === NOBODY || !decision ? 'none' : decision.sieve;
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
      speakerResolvedBy: resolvedBy === 'none' ? null : sieve,
      cue: overridden ? null : (decision?.cue ?? null),
      mention: overridden ? null : mention,
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
