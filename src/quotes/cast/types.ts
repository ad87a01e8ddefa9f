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
  /** The titles and descriptions already learned from, so a repeated `Mr Bommai` costs nothing. */
  learned: Set<string>;
  registry: RegistryEntry | undefined;
  first: Position;
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
  /** The same mentions by block, in order: sieves look within a paragraph, not through the article. */
  byBlock: Mention[][];
  /** The article's text, to tell a capitalised common word from a name (`writesInLowerCase`). */
  text: string;
  /** What `writesInLowerCase` answered for each word asked so far: names repeat. */
  lowerCase: Map<string, boolean>;
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
