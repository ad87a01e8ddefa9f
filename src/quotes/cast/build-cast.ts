/**
 * The second stage: one pass over the article's mentions builds its cast. Each name is linked
 * to a person, organisation, outlet or place; later short forms (`Moss`, `Ms Moss`, `Jane`,
 * `Moon` for `Moon Jae-in`, `DA` for `Democratic Alliance`) are linked to the fuller name
 * before them, and what the text says of each (titles, roles, age, nationality, gender) is kept.
 * The cast it returns is read-only: later stages keep what they learn in their own state.
 */
import type { NamePhrase } from '../grammar/phrases.ts';
import { headOf } from '../grammar/phrases.ts';
import { isVerbLike } from '../grammar/word-classes.ts';
import {
  ADVERBS,
  GENDERED_NOUNS,
  GROUP_NOUNS,
  NATIONALITY,
  OFFICES,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  ROLE_SYNONYMS,
  TITLE_ROLES,
} from '../lexicon/index.ts';
import type { Registry } from '../registry.ts';
import { type Document, type Position, tokensBetween } from '../text/document.ts';
import { isPunctuation } from '../text/tokens.ts';
import { collectMentions } from './collect-mentions.ts';
import { gatherPronounEvidence } from './gender.ts';
import { addAliases, hasNameKey, isCommonWord, matchEntity, newEntity } from './link-names.ts';
import { roleFrom } from './roles.ts';
import { type Cast, genderOf, type Mention, type MutableEntity } from './types.ts';
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
  const deferred = new Set<number>();
  const mentions: Mention[] = collected.map((mention) => {
    if (mention.phrase.kind !== 'name' || isSentenceOpeningWord(document, mention)) return mention;
    if (sharedFamilyNameHolders(builder.entities, mention.phrase).length > 1) {
      deferred.add(mention.index);
      return mention;
    }
    return { ...mention, entity: linkName(builder, mention.phrase, mention.position)?.id ?? null };
  });
  const byBlock: Mention[][] = document.blocks.map(() => []);
  for (const mention of mentions) byBlock[mention.position.block]!.push(mention);
  gatherPronounEvidence(document, builder.entities, byBlock);
  // `Mr Marsh`, with Tom and Ellie Marsh named: the one the text's pronouns make a man.
  for (const index of deferred) {
    const mention = mentions[index]!;
    if (mention.phrase.kind !== 'name') continue;
    const { gender } = mention.phrase.name;
    const holders = sharedFamilyNameHolders(builder.entities, mention.phrase);
    const entity = holders.findLast((holder) => genderFits(holder, gender)) ?? holders.at(-1)!;
    learn(builder, entity, mention.phrase);
    const linked: Mention = { ...mention, entity: entity.id };
    mentions[index] = linked;
    const inBlock = byBlock[mention.position.block]!;
    inBlock[inBlock.indexOf(mention)] = linked;
  }
  for (const entity of builder.entities) {
    reclassifyAsPerson(entity);
    classifyUnknownAsOrganisation(entity);
  }
  return { entities: builder.entities, mentions, byBlock, text: document.text };
}

/**
 * A single capitalised word that is a common word, not a name: a group (`Fans chanted`), one
 * word heading its phrase after `the` (`the Harbourmaster said`), or a word that opens a
 * sentence, that the article writes nowhere else, and that reads as an adjective or an adverb
 * by its ending (`Quarterly results`), as the plural of a role (`Executives`) or as a plural
 * subject (`Tributes have been paid`). A name opening a sentence is one the article uses again.
 */
function isSentenceOpeningWord(document: Document, mention: Mention): boolean {
  if (mention.phrase.kind !== 'name') return false;
  const { name } = mention.phrase;
  if (name.parts.length !== 1 || name.title || name.kind !== 'unknown') return false;
  const word = name.parts[0]!;
  // `Fans chanted`, `Residents said`: a group, not someone's name.
  if (GROUP_NOUNS.has(word.toLowerCase())) return true;
  const block = document.blocks[mention.position.block]!;
  // `Later the Harbourmaster said`: one capitalised word after `the`, heading its phrase,
  // describes; it names nobody (`The Unite union` names Unite).
  const before = block.text.slice(Math.max(0, mention.position.offset - 4), mention.position.offset);
  const next = tokensBetween(block, mention.end, block.text.length)[0];
  const heads = !next || isPunctuation(next) || isVerbLike(next) || ADVERBS.has(next.norm) || next.norm === 'who';
  if (/\bthe\s+$/iu.test(before) && heads) return true;
  const opening = block.text.slice(block.sentences[mention.sentence]?.start ?? 0, mention.position.offset);
  if (/[\p{L}\p{N}]/u.test(opening)) return false;
  if (occurrences(document.text, word) !== 1) return false;
  // `Tributes have been paid`: a plural subject, which a person's name never is.
  const plural = /s$/u.test(word) && ['are', 'were', 'have'].includes(next?.norm ?? '');
  return plural || COMMON_WORD_ENDING.test(word) || isRolePlural(word);
}

/** Endings of adjectives and adverbs (`Quarterly`, `Lovely`, `Various`), not of names (`Kelly`, `Bradley`). */
const COMMON_WORD_ENDING = /(?:[^lei]ly|ous|ive|ful|less|able|ible|ical)$/u;
/** `Executives`, `Rescuers`, `Campaigners`: the plural of a role, or a word shaped like one. */
const isRolePlural = (word: string): boolean => {
  const lower = word.toLowerCase();
  if (/(?:ers|ists|ians|ants|ents|ors|ees)$/u.test(lower)) return true;
  return /s$/u.test(lower) && (PERSON_NOUNS.has(lower.slice(0, -1)) || OFFICES.has(lower.slice(0, -1)));
};
const occurrences = (text: string, word: string): number =>
  text.match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))?.length ?? 0;

/**
 * A name that looked like an organisation's or a place's (`Carol Mills`, `Jessica Hall`, `Lena
 * Park`) is a person's when the text describes it as one: a gendered noun (`His daughter, Carol
 * Mills`), an age (`Derek Mills, 81`) or a role only people have, as a title or an apposition
 * (`Chief executive Lena Park`). Pronouns are not enough: `he` after a sentence naming only the
 * Premier League is someone else. A country stays a country.
 */
function reclassifyAsPerson(entity: MutableEntity): void {
  if (entity.registry || !['organisation', 'place', 'thing'].includes(entity.kind)) return;
  if (NATIONALITY.has(entity.name.toLowerCase())) return;
  const personal = [...entity.vocabulary].some((word) => GENDERED_NOUNS.has(word) || isAgeWord(word));
  if (personal || (entity.kind !== 'organisation' && describedByRole(entity))) entity.kind = 'person';
}

/** The description the text gave has a head only people have: `chief executive`, `coach`, not `retailer`. */
function describedByRole(entity: MutableEntity): boolean {
  if (!entity.description) return false;
  const head = headOf(entity.description);
  return (PERSON_NOUNS.has(head) || OFFICES.has(head)) && !ORGANISATION_NOUNS.has(head);
}

/**
 * A single word the article never marks as a person's (`Vantor`) is an organisation's when the
 * text describes it with an organisation noun: `chipmaker Vantor`, `Vantor, the retailer`.
 */
function classifyUnknownAsOrganisation(entity: MutableEntity): void {
  if (entity.registry || entity.kind !== 'unknown' || entity.evidence.female + entity.evidence.male > 0) return;
  if ([...entity.vocabulary].some((word) => ORGANISATION_NOUNS.has(word))) entity.kind = 'organisation';
}

/**
 * The people a family name alone with a gendered honorific could mean (`Mr Marsh`) when more
 * than one has it: linked once the text's pronouns have told who is a man and who a woman.
 */
function sharedFamilyNameHolders(entities: readonly MutableEntity[], phrase: NamePhrase): MutableEntity[] {
  if (phrase.name.parts.length !== 1 || !phrase.name.gender) return [];
  const family = phrase.name.parts[0]!.toLowerCase();
  return entities.filter(
    (entity) => entity.kind === 'person' && entity.parts.length > 1 && entity.parts.at(-1)!.toLowerCase() === family,
  );
}

/** The cast member a name refers to, added to the cast if the article has not named them before. */
function linkName(builder: Builder, written: NamePhrase, position: Position): MutableEntity | null {
  if (isCommonWord(written, builder.text, builder.lowerCase) || !hasNameKey(written)) return null;
  const found = matchEntity(builder.entities, written, builder.registry);
  // `Tom and Ellie Marsh`: Tom, unknown so far, is Tom Marsh.
  const phrase = !found && written.familyName ? withFamilyName(written, written.familyName) : written;
  const { name } = phrase;
  const existing = found;
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

function withFamilyName(phrase: NamePhrase, family: readonly string[]): NamePhrase {
  const parts = [...phrase.name.parts, ...family];
  return { ...phrase, name: { ...phrase.name, text: parts.join(' '), parts, kind: 'person' } };
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
      // `Lady Justice Carrow` is `the judge` later on; `Netball coach Marta Lind`, `the manager`.
      if (text === name.title) for (const role of TITLE_ROLES.get(word) ?? []) entity.vocabulary.add(role);
      for (const role of ROLE_SYNONYMS.get(word) ?? []) entity.vocabulary.add(role);
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

/** Does what the text says of a person's gender allow this honorific? Unknown allows either. */
const genderFits = (entity: MutableEntity, wanted: 'female' | 'male' | null): boolean => {
  if (!wanted) return true;
  const known = genderOf(entity);
  return known === null || known === wanted;
};
