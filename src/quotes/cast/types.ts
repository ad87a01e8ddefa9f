import type { NameKind } from '../grammar/names.ts';
import type { NounPhrase } from '../grammar/phrases.ts';
import type { Gender } from '../lexicon/index.ts';
import type { Position } from '../text/document.ts';
import type { RegistryEntry } from '../types.ts';

export type EntityKind = Exclude<NameKind, 'unknown'> | 'unknown';

/**
 * Someone or something the article names: a member of its cast. Read-only once the cast is
 * built; what the mention→speaker pass learns later lives in its own resolution state.
 */
export interface Entity {
  readonly id: number;
  readonly kind: EntityKind;
  /** The fullest form of the name the article gives, titles removed: `Jane Moss`. */
  readonly name: string;
  readonly parts: readonly string[];
  /** Lower-case forms that refer to it: the full name, the family name, the given name, initials. */
  readonly aliases: ReadonlySet<string>;
  /** Words the article describes it with: titles, role words, appositives, nationality, age. */
  readonly vocabulary: ReadonlySet<string>;
  /** The first description, as written, for pages that show how the article introduced them. */
  readonly description: string | null;
  /** What the text tells of a person's gender: honorifics, gendered nouns, pronouns used of them. */
  readonly evidence: Readonly<{ female: number; male: number }>;
  readonly registry: RegistryEntry | undefined;
  readonly first: Position;
}

/** An entity while the stage that owns it is still filling it in (the cast builder, the resolver). */
export interface MutableEntity extends Omit<
  Entity,
  'kind' | 'name' | 'parts' | 'aliases' | 'vocabulary' | 'description' | 'evidence'
> {
  kind: EntityKind;
  name: string;
  parts: string[];
  aliases: Set<string>;
  vocabulary: Set<string>;
  description: string | null;
  evidence: { female: number; male: number };
}

export type MentionKind = 'name' | 'pronoun' | 'description';

/** A place in the narration that refers, or may refer, to a member of the cast. */
export interface Mention {
  readonly index: number;
  readonly kind: MentionKind;
  readonly phrase: NounPhrase;
  /** As written: `Cllr Jane Moss`, `she`, `the media personality`. */
  readonly text: string;
  readonly position: Position;
  readonly end: number;
  /** Index of the sentence within its block. */
  readonly sentence: number;
  /** Subject of its clause: `Moss said`, `The 34-year-old agreed`, `She added`. */
  readonly isSubject: boolean;
  /** For names, the entity the cast stage linked it to. */
  readonly entity: number | null;
}

export interface Cast {
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  /** The same mentions by block, in order: sieves look within a paragraph, not through the article. */
  readonly byBlock: readonly (readonly Mention[])[];
  /** The article's text, to tell a capitalised common word from a name (`writesInLowerCase`). */
  readonly text: string;
}

/** The mentions of one block. */
export const mentionsIn = (cast: Cast, block: number): readonly Mention[] => cast.byBlock[block] ?? [];

/** The mention a phrase found at `start` of a block is, if the cast collected it. */
export const mentionAt = (cast: Cast, block: number, start: number, kind?: MentionKind): Mention | undefined =>
  mentionsIn(cast, block).find((m) => m.phrase.start === start && (kind === undefined || m.kind === kind));

export function genderOf(entity: Entity): Gender | null {
  const { female, male } = entity.evidence;
  if (female > male) return 'female';
  if (male > female) return 'male';
  return null;
}
