/**
 * `named-later`: a lede often describes someone before naming them — `A federal judge on Monday
 * blocked the law, calling it “…”`, then `Judge Patricia Mendez wrote …`. An indefinite
 * description is that person when, in its paragraph or the next, exactly one person is named
 * with its head noun as title; or when a clause of its own gives the name (`a man who gave his
 * name only as Alasdair`).
 */
import { mentionsIn } from '../../cast/types.ts';
import { contentWords } from '../../cast/vocabulary.ts';
import { isBefore } from '../../text/document.ts';
import type { MentionSpeakerSieve } from './types.ts';

export const namedLaterSieve: MentionSpeakerSieve = {
  name: 'named-later',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description' || phrase.definite) return null;
    if (phrase.namedAt !== undefined) {
      const given = mentionsIn(context.cast, at.block).find((mention) => mention.position.offset === phrase.namedAt);
      const entity = context.state.entity(given?.entity);
      if (entity) return { entity, attribution: null };
    }
    const head = phrase.head;

    const near = [...mentionsIn(context.cast, at.block), ...mentionsIn(context.cast, at.block + 1)];
    const named = near.filter((mention) => {
      if (mention.kind !== 'name' || mention.phrase.kind !== 'name') return false;
      if (!isBefore(at, mention.position) || mention.position.block - at.block > 1) return false;
      return contentWords(mention.phrase.name.title ?? '').includes(head);
    });
    const entities = new Set(named.map((mention) => mention.entity));
    const entity = context.state.entity(named[0]?.entity);
    return entity && entities.size === 1 ? { entity, attribution: null } : null;
  },
};
