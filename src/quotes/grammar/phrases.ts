/**
 * The noun phrases the grammar reads, with their offsets in the block so a later stage can tell
 * which mention each is: a name, a pronoun or a description, and what a description's head says.
 */
import { AFTER_HEAD_WORDS, CLAUSE_WORDS, NATIONALITY, PERSON_NOUNS } from '../lexicon/index.ts';
import { isPersonHead } from './heads.ts';
import type { ParsedName } from './names.ts';

export interface Extent {
  /** Offsets of the phrase in its block. */
  start: number;
  end: number;
}

export interface NamePhrase extends Extent {
  kind: 'name';
  name: ParsedName;
  /** Words that describe the person where they are named: role words, appositives. */
  descriptors: string[];
  /** `Tom` in `Tom and Ellie Marsh`: the family name a given name alone shares with the next. */
  familyName?: string[];
}

export interface PronounPhrase extends Extent {
  kind: 'pronoun';
  word: string;
  /** In a parenthetical attribution (`The plan, she said, was …`): never the interrupted clause's subject. */
  parenthetical?: boolean;
}

export interface DescriptionPhrase extends Extent {
  kind: 'description';
  text: string;
  definite: boolean;
  /** The noun the description is about, lower case: `boss` in `the City boss`. */
  head: string;
  /** Who a spokesperson speaks for: `Acme` in `a spokesperson for Acme`, `the ministry` in `the ministry's spokesman`. */
  speaksFor: NamePhrase | DescriptionPhrase | null;
  /** The head is written with a capital: `the Guardian`, `the Spaniard`; a name with an article, or a people. */
  properHead: boolean;
  /** An appositive after it: `34` in `The Danish player, 34, had …`. */
  appositive?: string;
  /** Where the name it is given starts: `Alasdair` in `a man who gave his name as Alasdair`. */
  namedAt?: number;
}

export type NounPhrase = NamePhrase | PronounPhrase | DescriptionPhrase;

/**
 * Does a description name a person: a person noun as its head (`the City boss`), or a people
 * (`the Spaniard`)? A capitalised head otherwise makes a name with an article (`the University
 * of Manchester`), whatever its ending.
 */
export function describesPerson(phrase: DescriptionPhrase): boolean {
  if (!phrase.properHead) return isPersonHead(phrase.head);
  // `The Gaffer opined`: a role noun the lists know, capitalised as a nickname, is still a role.
  return (NATIONALITY.has(phrase.head) && isPersonHead(phrase.head)) || PERSON_NOUNS.has(phrase.head);
}

/** The head noun of a description: the last word before its first preposition or clause. */
export function headOf(text: string): string {
  const list = text.replace(/['’]s\b/gu, '').split(/\s+/u);
  // Only a lower-case preposition ends it: `The What About Us hitmaker` is a hitmaker.
  // ... and only after a lower-case word: in `the London School of Economics economist` `of` is inside a name.
  const cut = list.findIndex(
    (word, index) =>
      index > 0 && (AFTER_HEAD_WORDS.has(word) || CLAUSE_WORDS.has(word)) && !/^\p{Lu}/u.test(list[index - 1]!),
  );

  const body = cut === -1 ? list : list.slice(0, cut);
  return (body.at(-1) ?? '').toLowerCase();
}
