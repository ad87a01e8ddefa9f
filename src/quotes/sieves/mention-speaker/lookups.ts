/**
 * Look-ups the mention→speaker sieves share, so that no sieve calls another: a name's cast
 * member, a pronoun's referent, and the organisation a description or a document stands for.
 * Each reads the cast and the resolution state and returns what it found with what it learned.
 */
import { isCommonWord, matchEntity } from '../../cast/link-names.ts';
import { type Entity, mentionAt, mentionsIn } from '../../cast/types.ts';
import { isIssuingHead, isOrganisationHead } from '../../grammar/heads.ts';
import type { DescriptionPhrase, NamePhrase } from '../../grammar/phrases.ts';
import { NATIONALITY, ORGANISATION_SYNONYMS, PRONOUNS } from '../../lexicon/index.ts';
import { isPossessiveText } from '../../text/tokens.ts';
import { genderFits } from './salience.ts';
import { type Found, type MentionAt, NOBODY, type Referent, type ResolveContext } from './types.ts';

/** Who can be a speaker: people and organisations, and countries as organisations. */
export function asSpeaker(entity: Entity): Referent {
  if (entity.kind === 'person' || entity.kind === 'organisation' || entity.kind === 'unknown') {
    return { entity, attribution: null };
  }
  // `Witness A`: someone the text will not name, kept as it describes them.
  if (entity.kind === 'anonymous') return { entity: null, attribution: entity.name };
  // A country's own name (`Israel said`), not its adjective or its people (`the Scot`).
  if (entity.kind === 'place' && NATIONALITY.get(entity.name.toLowerCase()) === entity.name) {
    return { entity, attribution: null };
  }
  return NOBODY;
}

/** The cast member a name refers to, as a speaker; a name the cast never collected is drafted as a new member. */
export function referentOfName(phrase: NamePhrase, at: MentionAt, context: ResolveContext): Found {
  const { state, cast, registry } = context;
  const collected = mentionAt(cast, at.block, phrase.start, 'name');
  // The cast stage read this name and linked it to nobody: a common word, not a name.
  if (collected) return collected.entity === null ? NOBODY : asSpeaker(state.entity(collected.entity)!);
  if (isCommonWord(phrase, cast.text)) return NOBODY;
  const matched = matchEntity(state.entities, phrase, registry);
  if (matched) return asSpeaker(matched);
  const added = state.draft(phrase, at, registry);
  return { ...asSpeaker(added), learned: { added } };
}

/**
 * `he` and `she`: the person the text has put forward whose gender, as the text tells it,
 * agrees (never who asked the question a reply answers); `it`: the organisation last put forward.
 */
export function referentOfPronoun(
  word: string,
  at: MentionAt,
  context: ResolveContext,
  options: { possessive?: boolean; parenthetical?: boolean } = {},
): Referent {
  const gender = PRONOUNS.get(word)?.gender;
  const { salience } = context.state;
  if (gender === 'male' || gender === 'female') {
    const asker = context.asker;
    const notAsker = (referent: Referent) =>
      !asker || (referent.entity ? referent.entity !== asker.entity : referent.attribution !== asker.attribution);
    return salience.salientPerson(at, (entity) => genderFits(entity, gender), notAsker, options) ?? NOBODY;
  }
  // `they` is as often a group of people as an organisation: only `it` is read as one.
  if (word === 'it') return salience.salientOrganisationReferent(at) ?? NOBODY;
  return NOBODY;
}

/**
 * An organisation a description stands for: `the ministry` → the ministry named before;
 * `The Unite union` → Unite; a document (`the written statement`) → whoever issued it.
 */
export function referentOfOrganisationDescription(
  phrase: DescriptionPhrase,
  at: MentionAt,
  context: ResolveContext,
): Found | null {
  if (isIssuingHead(phrase.head)) return issuerOf(phrase, at, context);
  if (!isOrganisationHead(phrase.head) || !phrase.definite) return null;
  const { cast, state } = context;
  // `The Unite union said`: the description names the organisation it is about; `The US FDA
  // said`: the body named, not the country before it. `The UN refugee agency`, with words of
  // its own between the name and the noun, is a body of its own, named before or not at all.
  const named = mentionsIn(cast, at.block).findLast((m) => {
    if (m.kind !== 'name' || m.position.offset <= phrase.start || m.end > phrase.end || isPossessiveText(m.text)) {
      return false;
    }
    const kind = state.entity(m.entity)?.kind;
    return kind === 'organisation' || kind === 'unknown';
  });
  const entity = state.entity(named?.entity);
  const between = named ? context.document.blocks[at.block]!.text.slice(named.end, phrase.end) : '';
  const ownBody = between.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word)).length > 1;
  if (entity && !ownBody) {
    return { entity, attribution: null, learned: { kind: { entity, kind: 'organisation' } } };
  }
  // Only an organisation the text called by that noun, or one it stands for (`the force` for
  // `Leicestershire Police`): `the ministry` is not the police named before.
  const nouns = [phrase.head, ...(ORGANISATION_SYNONYMS.get(phrase.head) ?? [])];
  // A body of its own must fit its own words too: `the UN refugee agency` is no energy agency.
  const own = ownBody ? between.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word) && word !== phrase.head) : [];
  // Named by its noun, an organisation is found however far back the text named it.
  const organisation = state.salience.salientOrganisation(
    at,
    (candidate) => {
      const words = candidate.name.toLowerCase().split(/\s+/u);
      const has = (word: string) => words.includes(word) || candidate.vocabulary.has(word);
      return nouns.some(has) && own.every(has);
    },
    { wholeArticle: true },
  );
  return organisation ? { entity: organisation, attribution: null } : null;
}

/**
 * A document speaks for whoever issued it: its owner (`his statement`, `Acme's release`), an
 * organisation named inside it (`a release on the Park Hills Fire Department page`), the issuer
 * of the last document, or the organisation last put forward.
 */
function issuerOf(phrase: DescriptionPhrase, at: MentionAt, context: ResolveContext): Found | null {
  const owner = ownerOf(phrase, at, context);
  if (owner !== undefined) return owner;
  const { cast, state } = context;
  const inside = mentionsIn(cast, at.block).find(
    (m) =>
      m.kind === 'name' &&
      m.position.offset > phrase.start &&
      m.end <= phrase.end &&
      state.entity(m.entity)?.kind === 'organisation',
  );
  const named = state.entity(inside?.entity);
  if (named) return { entity: named, attribution: null, learned: { issuer: named } };
  // `a statement from Médecins Sans Frontières`, `a letter from the operator`: the document says
  // whose it is, and it is nobody else's, named or not.
  if (/\b(?:from|by|of)\s/iu.test(phrase.text)) return null;
  if (state.lastIssuer) return { entity: state.lastIssuer, attribution: null };
  return state.salience.salientIssuer(at);
}

/** Who a possessive determiner names: `his statement` → he, `Acme's release` → Acme; undefined if none. */
function ownerOf(phrase: DescriptionPhrase, at: MentionAt, context: ResolveContext): Found | null | undefined {
  const [first] = phrase.text.split(/\s+/u);
  const word = first?.toLowerCase() ?? '';
  if (word === 'his' || word === 'her') {
    return referentOfPronoun(word === 'his' ? 'he' : 'she', at, context, { possessive: true });
  }
  if (word === 'its' || word === 'their') {
    const organisation = context.state.salience.salientOrganisation(at, () => true);
    return organisation ? { entity: organisation, attribution: null } : null;
  }
  const possessor = mentionAt(context.cast, at.block, phrase.start, 'name');
  if (possessor && !isPossessiveText(possessor.text)) return undefined;
  const entity = context.state.entity(possessor?.entity);
  if (entity) return asSpeaker(entity);
  // `the department's statement`: an owner the text gives but does not name is no one else.
  return /^(?:the|a|an)\s+\S+['’]s?\s/iu.test(phrase.text) ? null : undefined;
}
