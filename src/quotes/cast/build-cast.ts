/**
 * The second stage: one pass over the article's mentions builds its cast. Each name is linked
 * to a person, organisation, outlet or place; later short forms (`Moss`, `Ms Moss`, `Jane`,
 * `Moon` for `Moon Jae-in`, `DA` for `Democratic Alliance`) are linked to the fuller name
 * before them, and what the text says of each (titles, roles, age, nationality, gender) is kept.
 */
import type { NamePhrase } from '../grammar/noun-phrase.ts';
import { GENDERED_NOUNS, NAME_PARTICLES, NATIONALITY, ORGANISATION_NOUNS, TITLE_ROLES } from '../lexicon/index.ts';
import { nameKey, type Registry } from '../registry.ts';
import { type Document, type Position, writesInLowerCase } from '../text/document.ts';
import { collectMentions } from './collect-mentions.ts';
import { roleFrom } from './roles.ts';
import { gatherPronounEvidence } from './gender.ts';
import type { Cast, Entity, Mention } from './types.ts';
import { ageWords, contentWords } from './vocabulary.ts';

export function buildCast(document: Document, registry: Registry): Cast {
  const mentions = collectMentions(document);
  const byBlock: Mention[][] = document.blocks.map(() => []);
  for (const mention of mentions) byBlock[mention.position.block]!.push(mention);
  const cast: Cast = { entities: [], mentions, byBlock, text: document.text, lowerCase: new Map() };
  for (const mention of cast.mentions) {
    if (mention.phrase.kind !== 'name') continue;
    mention.entity = entityForName(cast, mention.phrase, mention.position, registry)?.id ?? null;
  }
  gatherPronounEvidence(document, cast);
  for (const entity of cast.entities) {
    reclassifyAsPerson(entity);
    classifyUnknownAsOrganisation(entity);
  }
  return cast;
}

/**
 * A name that looked like an organisation's or a place's (`Carol Mills`, `Jessica Hall`) is a
 * person's when the text describes it as one: a gendered noun (`His daughter, Carol Mills`) or
 * an age (`Derek Mills, 81`). Pronouns are not enough: `he` after a sentence naming only the
 * Premier League is someone else. A country stays a country.
 */
function reclassifyAsPerson(entity: Entity): void {
  if (entity.registry || !['organisation', 'place', 'thing'].includes(entity.kind)) return;
  if (NATIONALITY.has(entity.name.toLowerCase())) return;
  const personal = [...entity.vocabulary].some((word) => GENDERED_NOUNS.has(word) || /^\d+-year-old$/u.test(word));
  if (personal) entity.kind = 'person';
}

/**
 * A single word the article never marks as a person's (`Vantor`) is an organisation's when the
 * text describes it with an organisation noun: `chipmaker Vantor`, `Vantor, the retailer`.
 */
function classifyUnknownAsOrganisation(entity: Entity): void {
  if (entity.registry || entity.kind !== 'unknown' || entity.evidence.female + entity.evidence.male > 0) return;
  if ([...entity.vocabulary].some((word) => ORGANISATION_NOUNS.has(word))) entity.kind = 'organisation';
}

/** The cast member a name refers to, added to the cast if the article has not named them before. */

export function entityForName(cast: Cast, phrase: NamePhrase, position: Position, registry: Registry): Entity | null {
  if (isCommonWord(phrase, cast)) return null;
  const entity = linkName(position, phrase, cast.entities, registry);
  if (entity) learn(entity, phrase);
  return entity;
}

function linkName(position: Position, phrase: NamePhrase, entities: Entity[], registry: Registry): Entity | null {
  const { name } = phrase;
  const key = nameKey(name.text);
  if (!key) return null;
  const registered = registry.byName(name.text) ?? registry.byName(phrase.name.parts.join(' '));
  const existing =
    (registered && entities.find((entity) => entity.registry === registered)) ??
    entities.findLast((entity) => entity.aliases.has(key) && compatible(entity, phrase)) ??
    (name.parts.length === 1 ? byShortForm(entities, key) : undefined) ??
    (name.kind === 'organisation' ? byInitials(entities, name.text) : undefined);
  if (existing) {
    // `Jeffrey J. Bazarian` after `Jeffrey Bazarian`, `Moss` after nothing: keep the fullest form.
    if (name.parts.length > existing.parts.length && existing.kind !== 'organisation') {
      existing.name = name.text;
      existing.parts = name.parts;
      addAliases(existing);
    }
    if (existing.kind === 'unknown' && name.kind !== 'unknown') existing.kind = name.kind;
    return existing;
  }
  const entity: Entity = {
    id: entities.length,
    kind: registered ? registered.kind : name.kind,
    name: registered?.name ?? name.text,
    parts: registered ? registered.name.split(/\s+/u) : name.parts,
    aliases: new Set(),
    vocabulary: new Set(registered ? registry.vocabulary(registered) : []),
    description: null,
    evidence: { female: 0, male: 0 },
    learned: new Set(),
    registry: registered,
    first: position,
  };
  if (registered) for (const alias of registered.aliases) entity.aliases.add(nameKey(alias));
  addAliases(entity);
  entities.push(entity);
  return entity;
}

/** A titled or honorific short form names a person: `Ms Moss` is not the `Moss Holdings` named before. */
function compatible(entity: Entity, phrase: NamePhrase): boolean {
  if (phrase.name.kind === 'person' || phrase.name.kind === 'unknown') {
    return entity.kind === 'person' || entity.kind === 'unknown' || phrase.name.parts.length > 1;
  }
  return entity.kind === phrase.name.kind || entity.kind === 'unknown';
}

/**
 * A single word after a full name: the family name (`Moss`), the first word of a name written
 * family name first (`Moon` for `Moon Jae-in`, `Chen` for `Chen Wei`) or, as weaker evidence,
 * a given name (`Una` for `Una Healy`) that only one person has.
 */
function byShortForm(entities: Entity[], key: string): Entity | undefined {
  const people = entities.filter((entity) => entity.kind === 'person' && entity.parts.length > 1);
  const last = people.findLast((entity) => entity.parts.at(-1)!.toLowerCase() === key);
  if (last) return last;
  const first = people.filter((entity) => entity.parts[0]!.toLowerCase() === key);

  return first.length === 1 ? first[0] : undefined;
}

/** `DA` for the `Democratic Alliance` named before. */
function byInitials(entities: Entity[], acronym: string): Entity | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
  return entities.findLast(
    (entity) =>
      entity.kind === 'organisation' &&
      entity.parts
        .filter((part) => /^\p{Lu}/u.test(part))
        .map((part) => part[0])
        .join('') === acronym,
  );
}

function addAliases(entity: Entity): void {
  entity.aliases.add(nameKey(entity.name));
  if (entity.kind !== 'person' || entity.parts.length < 2) return;
  // Middle initials drop out: `Jeffrey J. Bazarian` is also `Jeffrey Bazarian`.
  const bare = entity.parts.filter((part) => !/^(?:\p{Lu}\.)+$/u.test(part));
  entity.aliases.add(nameKey(bare.join(' ')));
  entity.aliases.add(nameKey(`${bare[0]} ${bare.at(-1)}`));
  // `van der Berg` for `Pieter van der Berg`: the family name with its particles.
  const particle = bare.findIndex((part, index) => index > 0 && NAME_PARTICLES.has(part.toLowerCase()));
  if (particle > 0) entity.aliases.add(nameKey(bare.slice(particle).join(' ')));
}

/** What a mention tells of its entity: titles, role words, appositives (age included), gender. */
function learn(entity: Entity, phrase: NamePhrase): void {
  const { name, descriptors } = phrase;
  if (name.gender) entity.evidence[name.gender] += 3;
  // Most mentions are a bare name: nothing more to learn from them.
  if (!name.title && descriptors.length === 0) return;
  // A name is often repeated with the same title (`Mr Bommai`): learn each description once.
  const said = [name.title ?? '', ...descriptors].filter((text) => text && !entity.learned.has(text));
  for (const text of said) {
    entity.learned.add(text);
    for (const word of contentWords(text)) {
      entity.vocabulary.add(word);
      // `Lady Justice Carrow` is `the judge` later on.
      if (text === name.title) for (const role of TITLE_ROLES.get(word) ?? []) entity.vocabulary.add(role);
    }

    for (const word of ageWords(text)) entity.vocabulary.add(word);
    for (const word of text.toLowerCase().split(/[^\p{L}-]+/u)) {
      const gender = GENDERED_NOUNS.get(word.replace(/^ex-/u, ''));

      if (gender) entity.evidence[gender] += 2;
    }
  }
  if (entity.description) return;
  const description = [name.title, ...descriptors].map(roleFrom).find((role) => role !== null);
  if (description) entity.description = description;
}

/**
 * One capitalised word that the article also writes in lower case (`Claiming that …`, `Last
 * week …`), or a sentence-opening participle (`Speaking at a briefing …`), is not a name.
 */
function isCommonWord(phrase: NamePhrase, cast: Cast): boolean {
  const { parts, title, kind } = phrase.name;
  if (parts.length !== 1 || title || kind === 'organisation') return false;
  const word = parts[0]!;
  if (/^\p{Lu}\p{Ll}+ing$/u.test(word)) return true;
  let lower = cast.lowerCase.get(word);
  if (lower === undefined) cast.lowerCase.set(word, (lower = writesInLowerCase(cast.text, word)));
  return lower;
}
