import type { NameKind } from '../grammar/names.ts';
import type { NounPhrase } from '../grammar/noun-phrase.ts';
import type { Gender } from '../lexicon/index.ts';
import type { Position } from '../text/document.ts';
import type { RegistryEntry } from '../types.ts';

/** Someone or something the article names: a member of its cast. */
export interface Entity {
  id: number;
  kind: Exclude<NameKind, 'unknown'> | 'unknown';
  /** The fullest form of the name the article gives, titles removed: `Jane Moss`. */
  name: string;
  parts: string[];
  /** Lower-case forms that refer to it: the full name, the family name, the given name, initials. */
  aliases: Set<string>;
  /** Words the article describes it with: titles, role words, appositives, nationality, age. */
  vocabulary: Set<string>;
  /** The first description, as written, for pages that show how the article introduced them. */
  description: string | null;
  /** What the text tells of a person's gender: honorifics, gendered nouns, pronouns used of them. */
  evidence: { female: number; male: number };
  registry: RegistryEntry | undefined;
  first: Position;
  /** True when a speech verb had this entity as its subject: a single word that speaks is a person's surname. */
  speaks: boolean;
}

export type MentionKind = 'name' | 'pronoun' | 'description';

/** A place in the narration that refers, or may refer, to a member of the cast. */
export interface Mention {
  index: number;
  kind: MentionKind;
  phrase: NounPhrase;
  /** As written: `Cllr Jane Moss`, `she`, `the media personality`. */
  text: string;
  position: Position;
  end: number;
  /** Index of the sentence within its block. */
  sentence: number;
  /** Subject of its clause: `Moss said`, `The 34-year-old agreed`, `She added`. */
  isSubject: boolean;
  /** For names, the entity the cast stage linked it to. */
  entity: number | null;
}

export interface Cast {
  entities: Entity[];
  mentions: Mention[];
  /** Words the article also writes in lower case: one of them alone is not a name. */
  commonWords: ReadonlySet<string>;
}

export function genderOf(entity: Entity): Gender | null {
  const { female, male } = entity.evidence;
  if (female > male) return 'female';
  if (male > female) return 'male';
  return null;
}
