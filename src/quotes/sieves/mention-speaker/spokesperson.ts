/**
 * `spokesperson`: someone who speaks in an organisation's name gives the quote to the
 * organisation, and the attribution keeps how the text put it: `a spokesperson for Acme said`
 * → Acme, attribution `a spokesperson for Acme`.
 */
import type { Entity } from '../../cast/types.ts';
import type { NounPhrase } from '../../grammar/phrases.ts';
import { NATIONALITY, SPEAKS_FOR_NOUNS } from '../../lexicon/index.ts';
import { nameKey } from '../../registry.ts';
import { referentOfName, referentOfOrganisationDescription } from './lookups.ts';
import type { Found, MentionSpeakerSieve, ResolveContext } from './types.ts';

export const spokespersonSieve: MentionSpeakerSieve = {
  name: 'spokesperson',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description') return null;
    // `The Heart Foundation said … “…,” a spokeswoman said`: for the organisation just put forward.
    if (!phrase.speaksFor) {
      if (!SPEAKS_FOR_NOUNS.has(phrase.head)) return null;
      const organisation = context.state.salience.subjectOrganisation(at);
      return organisation ? { entity: organisation, attribution: phrase.text } : null;
    }
    const { speaksFor } = phrase;
    const owner =
      speaksFor.kind === 'name'
        ? referentOfName(speaksFor, at, context)
        : referentOfOrganisationDescription(speaksFor, at, context);
    if (owner?.entity) {
      if (owner.entity.kind === 'person' || owner.entity.kind === 'unknown') return null;
      return { entity: owner.entity, attribution: phrase.text, ...(owner.learned ? { learned: owner.learned } : {}) };
    }
    return placeSpokenFor(speaksFor, phrase.text, context, owner?.learned?.added);
  },
};

/**
 * `a Downing Street spokesman`, `a Kremlin spokeswoman`: a place a spokesperson speaks for is
 * the institution there, an organisation.
 */
function placeSpokenFor(
  owner: NounPhrase,
  attribution: string,
  context: ResolveContext,
  added: Entity | undefined,
): Found | null {
  if (owner.kind !== 'name') return null;
  const key = nameKey(owner.name.text);
  const candidates = added ? [...context.state.entities, added] : context.state.entities;
  const entity = candidates.find((e) => e.aliases.has(key));
  if (entity?.kind !== 'place' && entity?.kind !== 'unknown') return null;
  if (NATIONALITY.has(entity.name.toLowerCase())) return null;
  const kind = { entity, kind: 'organisation' as const };
  return { entity, attribution, learned: entity === added ? { added, kind } : { kind } };
}
