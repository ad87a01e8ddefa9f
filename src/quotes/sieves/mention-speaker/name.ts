/**
 * `name`: a name resolves to the cast member the cast stage linked it to (`Moss` and `Ms Moss`
 * to `Jane Moss`). Outlets never speak (`told the BBC`); a country that speaks does so as an
 * organisation; other places never speak.
 */
import { entityForName } from '../../cast/build-cast.ts';
import { type Entity, mentionAt } from '../../cast/types.ts';
import { NATIONALITY } from '../../lexicon/index.ts';
import { NOBODY, type MentionSpeakerSieve, type Referent } from './types.ts';

export const nameSieve: MentionSpeakerSieve = {
  name: 'name',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'name') return null;
    const collected = mentionAt(context.cast, at.block, phrase.start, 'name');
    const entity =
      context.cast.entities[collected?.entity ?? -1] ?? entityForName(context.cast, phrase, at, context.registry);
    return entity ? asSpeaker(entity) : NOBODY;
  },
};

/** Who can be a speaker: people and organisations, and countries as organisations. */
export function asSpeaker(entity: Entity): Referent {
  if (entity.kind === 'person' || entity.kind === 'organisation' || entity.kind === 'unknown') {
    return { entity, attribution: null };
  }
  // A country's own name (`Israel said`), not its adjective or its people (`the Scot`).
  if (entity.kind === 'place' && NATIONALITY.get(entity.name.toLowerCase()) === entity.name) {
    return { entity, attribution: null };
  }
  return NOBODY;
}
