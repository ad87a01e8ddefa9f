/**
 * `organisation`: a description of an organisation (`the ministry said`, `the company added`)
 * refers back to the organisation named before it whose name (or description) has that noun;
 * a document issued in someone's name (`the written statement said`) speaks
 * for whoever the text says issued it, or else the organisation last put forward.
 */
import { isIssuingHead, isOrganisationHead } from '../../grammar/heads.ts';
import { ORGANISATION_SYNONYMS } from '../../lexicon/index.ts';
import { mentionAt, mentionsIn } from '../../cast/types.ts';
import type { DescriptionPhrase } from '../../grammar/noun-phrase.ts';
import { asSpeaker } from './name.ts';
import { pronounSieve } from './pronoun.ts';
import type { MentionAt, MentionSpeakerSieve, Referent, ResolveContext } from './types.ts';

export const organisationSieve: MentionSpeakerSieve = {
  name: 'organisation',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description') return null;
    const { head } = phrase;
    if (isIssuingHead(head)) {
      // `his statement`, `Moss's statement`: the statement of whoever the determiner names.
      const owner = ownerOf(phrase, at, context);
      if (owner !== undefined) return owner;

      // `a written release on the Park Hills Fire Department Facebook page said`: the issuer is named inside.
      const inside = mentionsIn(context.cast, at.block).find(
        (m) =>
          m.kind === 'name' &&
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
    // `The Unite union said`: the description names the organisation it is about.
    const named = mentionsIn(context.cast, at.block).find(
      (m) => m.kind === 'name' && m.position.offset > phrase.start && m.end <= phrase.end && !/['’]s?$/u.test(m.text),
    );
    const entity = context.cast.entities[named?.entity ?? -1];
    if (entity && (entity.kind === 'organisation' || entity.kind === 'unknown')) {
      entity.kind = 'organisation';
      return { entity, attribution: null };
    }
    // Only an organisation the text called by that noun, or one it stands for (`the force` for
    // `Leicestershire Police`): `the ministry` is not the police named before.
    const nouns = [head, ...(ORGANISATION_SYNONYMS.get(head) ?? [])];
    const organisation = context.salience.salientOrganisation(at, (entity) => {
      const words = entity.name.toLowerCase().split(/\s+/u);
      return nouns.some((noun) => words.includes(noun) || entity.vocabulary.has(noun));
    });
    return organisation ? { entity: organisation, attribution: null } : null;
  },
};

/** Who a possessive determiner names: `his statement` → he, `Acme's release` → Acme; undefined if none. */
function ownerOf(phrase: DescriptionPhrase, at: MentionAt, context: ResolveContext): Referent | null | undefined {
  const [first] = phrase.text.split(/\s+/u);
  const word = first?.toLowerCase() ?? '';
  if (word === 'his' || word === 'her') {
    const pronoun = {
      kind: 'pronoun' as const,
      word: word === 'his' ? 'he' : 'she',
      start: phrase.start,
      end: phrase.start,
    };
    return pronounSieve.resolve(pronoun, at, context);
  }
  if (word === 'its' || word === 'their') {
    const organisation = context.salience.salientOrganisation(at, () => true);
    return organisation ? { entity: organisation, attribution: null } : null;
  }
  const possessor = mentionAt(context.cast, at.block, phrase.start, 'name');
  if (possessor && !/['’]s?$/u.test(possessor.text)) return undefined;
  const entity = context.cast.entities[possessor?.entity ?? -1];
  return entity ? asSpeaker(entity) : undefined;
}
