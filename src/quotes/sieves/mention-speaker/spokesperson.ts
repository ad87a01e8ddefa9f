/**
 * `spokesperson`: someone who speaks in an organisation's name gives the quote to the
 * organisation, and the attribution keeps how the text put it: `a spokesperson for Acme said`
 * → Acme, attribution `a spokesperson for Acme`.
 */
import type { MentionSpeakerSieve } from './types.ts';
import { nameSieve } from './name.ts';
import { organisationSieve } from './organisation.ts';

export const spokespersonSieve: MentionSpeakerSieve = {
  name: 'spokesperson',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description' || !phrase.speaksFor) return null;
    const owner =
      nameSieve.resolve(phrase.speaksFor, at, context) ?? organisationSieve.resolve(phrase.speaksFor, at, context);
    const entity = owner?.entity;
    if (!entity || entity.kind === 'person' || entity.kind === 'unknown') return null;
    return { entity, attribution: phrase.text };
  },
};
