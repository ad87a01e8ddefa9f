/**
 * `description`: a definite description refers back to the person the article described with
 * the same words (`the foreign minister` → `The foreign minister, Elena Varga`, `the Dane` →
 * someone called Danish, `the 34-year-old` → `Ana Ruiz, 34`), or whom the registry describes so.
 * Every word must fit, or all but one of several: `the health secretary` is not `the union's
 * general secretary`.
 */
import { isBefore } from '../../text/document.ts';
import type { Entity } from '../../cast/types.ts';
import { contentWords, isAgeWord } from '../../cast/vocabulary.ts';
import { isAnonymousHead, isOfficeHead } from '../../grammar/heads.ts';
import { describesPerson } from '../../grammar/phrases.ts';
import { isPerson } from './salience.ts';
import type { MentionSpeakerSieve } from './types.ts';

export const descriptionSieve: MentionSpeakerSieve = {
  name: 'description',
  resolve(phrase, at, context) {
    // Only descriptions of people: `the ministry` is the organisation sieve's, whatever its words.
    if (phrase.kind !== 'description' || isAnonymousHead(phrase.head)) return null;
    // A noun no list knows is a person's when the article wrote it before a person's name: `fly-half Ioan Pritchard`.
    const head = phrase.head;
    const usedOfPerson = (e: Entity) => e.kind === 'person' && e.vocabulary.has(head);
    if (!describesPerson(phrase) && (phrase.properHead || !context.state.entities.some(usedOfPerson))) return null;
    const registered = context.registry.byName(phrase.text);
    if (registered) {
      const entity = context.state.entities.find((e) => e.registry === registered);
      if (entity) return { entity, attribution: null };
    }
    if (!phrase.definite) return null;
    const wanted = contentWords(phrase.text);
    const headWord = contentWords(head).at(-1);
    const candidates = new Set<Entity>();
    for (const noted of context.state.salience.recent({ ...at, block: at.block })) {
      if (noted.referent.entity && isPerson(noted.referent.entity)) candidates.add(noted.referent.entity);
    }
    for (const entity of context.state.entities) {
      const before = isBefore(entity.first, at);
      if (before && isPerson(entity)) candidates.add(entity);
    }
    // `the minister` is not who the text called `the former minister`.
    const former = (entity: Entity) =>
      entity.vocabulary.has('former') && !wanted.includes('former') && isOfficeHead(phrase.head);
    const scored = [...candidates]
      .filter((entity) => !former(entity))
      .map((entity) => {
        // A nationality or an age the text never gave for someone neither fits nor contradicts:
        // `the Portuguese coach` is the coach named before, though his country was not said.
        const asked = wanted.filter((word) => !unknownTo(entity, word));
        return {
          entity,
          asked: asked.length,
          score: asked.filter((word) => entity.vocabulary.has(word)).length,
          hasHead: headWord !== undefined && entity.vocabulary.has(headWord),
        };
      })
      .filter((c) => (c.hasHead && c.score === c.asked) || (c.score >= 2 && c.asked - c.score <= 1))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    return best && best.score > (second?.score ?? 0) ? { entity: best.entity, attribution: null } : null;
  },
};

/** A country or age word, when the text said nothing of that kind about the person. */
function unknownTo(entity: Entity, word: string): boolean {
  const known = [...entity.vocabulary];
  if (word.startsWith('country:')) return !known.some((w) => w.startsWith('country:'));
  if (isAgeWord(word)) return !known.some(isAgeWord);
  return false;
}
