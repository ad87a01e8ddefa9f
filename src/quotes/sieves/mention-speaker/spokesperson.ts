/**
 * `spokesperson`: someone who speaks in an organisation's name gives the quote to the
 * organisation, and the attribution keeps how the text put it: `a spokesperson for Acme said`
 * → Acme, attribution `a spokesperson for Acme`.
 */
import type { Entity } from '../../cast/types.ts';
import type { NounPhrase } from '../../grammar/noun-phrase.ts';
import { NATIONALITY } from '../../lexicon/index.ts';
import { nameKey } from '../../registry.ts';
import type { MentionSpeakerSieve, ResolveContext } from './types.ts';
import { nameSieve } from './name.ts';
import { organisationSieve } from './organisation.ts';

export const spokespersonSieve: MentionSpeakerSieve = {
  name: 'spokesperson',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description' || !phrase.speaksFor) return null;
    const owner =
      nameSieve.resolve(phrase.speaksFor, at, context) ?? organisationSieve.resolve(phrase.speaksFor, at, context);
    const entity = owner?.entity ?? placeSpokenFor(phrase.speaksFor, context);
    if (!entity || entity.kind === 'person' || entity.kind === 'unknown') return null;
    return { entity, attribution: phrase.text };
  },
};

/**
 * `a Downing Street spokesman`, `a Kremlin spokeswoman`: a place a spokesperson speaks for is
 * the institution there, an organisation.
 */
function placeSpokenFor(owner: NounPhrase, context: ResolveContext): Entity | null {
  if (owner.kind !== 'name') return null;
  const entity = context.cast.entities.find((e) => e.aliases.has(nameKey(owner.name.text)));
  if (entity?.kind !== 'place' && entity?.kind !== 'unknown') return null;
  if (NATIONALITY.has(entity.name.toLowerCase())) return null;
  entity.kind = 'organisation';
  return entity;
}
