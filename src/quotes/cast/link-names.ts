/**
 * Which cast member a name refers to: the pure look-up the cast builder uses while it reads the
 * article, and the mention→speaker pass uses later for a name only a cue found. Nothing here
 * changes an entity; the caller decides what to do with a match or a new entity.
 */
import type { NamePhrase } from '../grammar/phrases.ts';
import { NAME_PARTICLES } from '../lexicon/index.ts';
import { nameKey, type Registry } from '../registry.ts';
import { type Position, writesInLowerCase } from '../text/document.ts';
import type { Entity, MutableEntity } from './types.ts';

/** The entity the article already has for this name, if any: registry, alias, short form, initials. */
export function matchEntity<E extends Entity>(
  entities: readonly E[],
  phrase: NamePhrase,
  registry: Registry,
): E | undefined {
  const { name } = phrase;
  const key = nameKey(name.text);
  const registered = registry.byName(name.text) ?? registry.byName(name.parts.join(' '));
  return (
    (registered && entities.find((entity) => entity.registry === registered)) ??
    entities.findLast((entity) => entity.aliases.has(key) && compatible(entity, phrase)) ??
    (name.parts.length === 1 ? byShortForm(entities, key) : undefined) ??
    (name.kind === 'person' && name.parts.length > 1 ? byGivenName(entities, name.parts) : undefined) ??
    (name.kind === 'organisation' ? byInitials(entities, name.text) : undefined)
  );
}

/**
 * `His son, Paul, said …` then `Paul Quinn said`: a full name whose given name is a person the
 * article named by that name alone, and no one else has.
 */
function byGivenName<E extends Entity>(entities: readonly E[], parts: readonly string[]): E | undefined {
  const given = parts[0]!.toLowerCase();
  const alone = entities.filter(
    (entity) => (entity.kind === 'person' || entity.kind === 'unknown') && entity.parts.length === 1,
  );
  const matches = alone.filter((entity) => entity.parts[0]!.toLowerCase() === given);
  const others = entities.filter(
    (entity) => entity.kind === 'person' && entity.parts.length > 1 && entity.parts[0]!.toLowerCase() === given,
  );
  return matches.length === 1 && others.length === 0 ? matches[0] : undefined;
}

/** A new cast member for a name the article has not used before. */
export function newEntity(id: number, phrase: NamePhrase, position: Position, registry: Registry): MutableEntity {
  const { name } = phrase;
  const registered = registry.byName(name.text) ?? registry.byName(name.parts.join(' '));
  const entity: MutableEntity = {
    id,
    kind: registered ? registered.kind : name.kind,
    name: registered?.name ?? name.text,
    parts: registered ? registered.name.split(/\s+/u) : [...name.parts],
    aliases: new Set(),
    vocabulary: new Set(registered ? registry.vocabulary(registered) : []),
    description: null,
    evidence: { female: 0, male: 0 },
    registry: registered,
    first: position,
  };
  if (registered) for (const alias of registered.aliases) entity.aliases.add(nameKey(alias));
  addAliases(entity);
  return entity;
}

/** Is the name a usable key at all (not only punctuation)? */
export const hasNameKey = (phrase: NamePhrase): boolean => nameKey(phrase.name.text) !== '';

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
function byShortForm<E extends Entity>(entities: readonly E[], key: string): E | undefined {
  const people = entities.filter((entity) => entity.kind === 'person' && entity.parts.length > 1);
  const last = people.findLast((entity) => entity.parts.at(-1)!.toLowerCase() === key);
  if (last) return last;
  const first = people.filter((entity) => entity.parts[0]!.toLowerCase() === key);
  return first.length === 1 ? first[0] : undefined;
}

/** `DA` for the `Democratic Alliance` named before. */
function byInitials<E extends Entity>(entities: readonly E[], acronym: string): E | undefined {
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

export function addAliases(entity: MutableEntity): void {
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

/**
 * One capitalised word that the article also writes in lower case (`Claiming that …`, `Last
 * week …`), or a sentence-opening participle (`Speaking at a briefing …`), is not a name.
 * `lowerCase` remembers the answers for the article, since names repeat.
 */
export function isCommonWord(phrase: NamePhrase, text: string, lowerCase?: Map<string, boolean>): boolean {
  const { parts, title, kind } = phrase.name;
  if (parts.length !== 1 || title || kind === 'organisation') return false;
  const word = parts[0]!;
  if (/^\p{Lu}\p{Ll}+ing$/u.test(word)) return true;
  let lower = lowerCase?.get(word);
  if (lower === undefined) {
    lower = writesInLowerCase(text, word);
    lowerCase?.set(word, lower);
  }
  return lower;
}
