/**
 * `organisation`: a description of an organisation (`the ministry said`, `the company added`)
 * refers back to the organisation named before it whose name (or description) has that noun;
 * a document issued in someone's name (`the written statement said`) speaks
 * for whoever the text says issued it, or else the organisation last put forward.
 */
import { isIssuingHead, isOrganisationHead } from '../../grammar/heads.ts';
import type { MentionSpeakerSieve } from './types.ts';

export const organisationSieve: MentionSpeakerSieve = {
  name: 'organisation',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description') return null;
    const { head } = phrase;
    if (isIssuingHead(head)) {
      // `a written release on the Park Hills Fire Department Facebook page said`: the issuer is named inside.
      const inside = context.cast.mentions.find(
        (m) =>
          m.kind === 'name' &&
          m.position.block === at.block &&
          m.position.offset > phrase.start &&
          m.end <= phrase.end &&
          context.cast.entities[m.entity ?? -1]?.kind === 'organisation',
      );
      const named = context.cast.entities[inside?.entity ?? -1];
      if (named) {
        context.salience.lastIssuer = named;
        return { entity: named, attribution: null };
      }
      const issuer = context.salience.lastIssuer ?? context.salience.salientOrganisation(at, () => true);
      return issuer ? { entity: issuer, attribution: null } : null;
    }
    if (!isOrganisationHead(head) || !phrase.definite) return null;
    // Only an organisation the text called by that noun: `the ministry` is not the police named before.
    const organisation = context.salience.salientOrganisation(
      at,
      (entity) => entity.name.toLowerCase().split(/\s+/u).includes(head) || entity.vocabulary.has(head),
    );
    return organisation ? { entity: organisation, attribution: null } : null;
  },
};
