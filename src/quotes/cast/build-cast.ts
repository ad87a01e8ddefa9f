/**
 * The second stage: one pass over the article's mentions builds its cast. Each name is linked
 * to a person, organisation, outlet or place; later short forms (`Moss`, `Ms Moss`, `Jane`,
 * `Moon` for `Moon Jae-in`, `DA` for `Democratic Alliance`) are linked to the fuller name
 * before them, and what the text says of each (titles, roles, age, nationality, gender) is kept.
 * The cast it returns is read-only: later stages keep what they learn in their own state.
 */
import type { NamePhrase } from '../grammar/noun-phrase.ts';
import { GENDERED_NOUNS, NATIONALITY, ORGANISATION_NOUNS, TITLE_ROLES } from '../lexicon/index.ts';
import type { Registry } from '../registry.ts';
import type { Document, Position } from '../text/document.ts';
import { collectMentions } from './collect-mentions.ts';
import { gatherPronounEvidence } from './gender.ts';
import { addAliases, hasNameKey, isCommonWord, matchEntity, newEntity } from './link-names.ts';
import { roleFrom } from './roles.ts';
import type { Cast, Mention, MutableEntity } from './types.ts';
import { ageWords, contentWords, isAgeWord } from './vocabulary.ts';

/** What the builder keeps while it reads: the entities it fills in, and memos for repeated names. */
interface Builder {
  entities: MutableEntity[];
  text: string;
  registry: Registry;
  /** What `writesInLowerCase` answered for each word asked so far: names repeat. */
  lowerCase: Map<string, boolean>;
  /** The titles and descriptions already learned from, per entity, so a repeated `Mr Bommai` costs nothing. */
  learned: Map<number, Set<string>>;
}

export function buildCast(document: Document, registry: Registry): Cast {
  const collected = collectMentions(document);
  const builder: Builder = { entities: [], text: document.text, registry, lowerCase: new Map(), learned: new Map() };
  const mentions: Mention[] = collected.map((mention) =>
    mention.phrase.kind === 'name'
      ? { ...mention, entity: linkName(builder, mention.phrase, mention.position)?.id ?? null }
      : mention,
  );
  const byBlock: Mention[][] = document.blocks.map(() => []);
  for (const mention of mentions) byBlock[mention.position.block]!.push(mention);
  gatherPronounEvidence(document, builder.entities, byBlock);
  for (const entity of builder.entities) {
    reclassifyAsPerson(entity);
    classifyUnknownAsOrganisation(entity);
  }
  return { entities: builder.entities, mentions, byBlock, text: document.text };
}

/**
 * A name that looked like an organisation's or a place's (`Carol Mills`, `Jessica Hall`) is a
 * person's when the text describes it as one: a gendered noun (`His daughter, Carol Mills`) or
 * an age (`Derek Mills, 81`). Pronouns are not enough: `he` after a sentence naming only the
 * Premier League is someone else. A country stays a country.
 */
function reclassifyAsPerson(entity: MutableEntity): void {
  if (entity.registry || !['organisation', 'place', 'thing'].includes(entity.kind)) return;
  if (NATIONALITY.has(entity.name.toLowerCase())) return;
  const personal = [...entity.vocabulary].some((word) => GENDERED_NOUNS.has(word) || isAgeWord(word));
  if (personal) entity.kind = 'person';
}

/**
 * A single word the article never marks as a person's (`Vantor`) is an organisation's when the
 * text describes it with an organisation noun: `chipmaker Vantor`, `Vantor, the retailer`.
 */
function classifyUnknownAsOrganisation(entity: MutableEntity): void {
  if (entity.registry || entity.kind !== 'unknown' || entity.evidence.female + entity.evidence.male > 0) return;
  if ([...entity.vocabulary].some((word) => ORGANISATION_NOUNS.has(word))) entity.kind = 'organisation';
}

/** The cast member a name refers to, added to the cast if the article has not named them before. */
function linkName(builder: Builder, phrase: NamePhrase, position: Position): MutableEntity | null {
  if (isCommonWord(phrase, builder.text, builder.lowerCase) || !hasNameKey(phrase)) return null;
  const { name } = phrase;
  const existing = matchEntity(builder.entities, phrase, builder.registry);
  if (existing) {
    // `Jeffrey J. Bazarian` after `Jeffrey Bazarian`, `Moss` after nothing: keep the fullest form.
    if (name.parts.length > existing.parts.length && existing.kind !== 'organisation') {
      existing.name = name.text;
      existing.parts = [...name.parts];
      addAliases(existing);
    }
    if (existing.kind === 'unknown' && name.kind !== 'unknown') existing.kind = name.kind;
    learn(builder, existing, phrase);
    return existing;
  }
  const entity = newEntity(builder.entities.length, phrase, position, builder.registry);
  builder.entities.push(entity);
  learn(builder, entity, phrase);
  return entity;
}

/** What a mention tells of its entity: titles, role words, appositives (age included), gender. */
function learn(builder: Builder, entity: MutableEntity, phrase: NamePhrase): void {
  const { name, descriptors } = phrase;
  if (name.gender) entity.evidence[name.gender] += 3;
  // Most mentions are a bare name: nothing more to learn from them.
  if (!name.title && descriptors.length === 0) return;
  const learned = builder.learned.get(entity.id) ?? builder.learned.set(entity.id, new Set()).get(entity.id)!;
  // A name is often repeated with the same title (`Mr Bommai`): learn each description once.
  const said = [name.title ?? '', ...descriptors].filter((text) => text && !learned.has(text));
  for (const text of said) {
    learned.add(text);
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
