/**
 * What the head noun of a description says about its referent: a person (`the City boss`,
 * `the 34-year-old`, `the Dane`), an office (`the health secretary`), an organisation
 * (`the ministry`), a document issued in someone's name (`the statement`) or an unnamed source.
 */
import {
  ANONYMOUS_NOUNS,
  GENDERED_NOUNS,
  ISSUING_NOUNS,
  NATIONALITY,
  OFFICES,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
} from '../lexicon/index.ts';

/** `34-year-old`, `61-year-old`: an age used as a noun for a person. */
export const isAgeNoun = (head: string): boolean => /^\d+-year-old$/u.test(head);

/** A noun naming a person: the head of "the 61-year-old photographer", not of "the government". */
export function isPersonHead(head: string): boolean {
  if (PERSON_NOUNS.has(head) || OFFICES.has(head) || GENDERED_NOUNS.has(head) || isAgeNoun(head)) return true;
  // `the Dane`, `the Portuguese` name a person; `Denmark` does not.
  const country = NATIONALITY.get(head);
  if (country !== undefined) return country.toLowerCase() !== head;
  if (ORGANISATION_NOUNS.has(head) || ANONYMOUS_NOUNS.has(head) || ISSUING_NOUNS.has(head)) return false;
  if (/(?:ment|tion|sion|ship|ness|ism|ure|ance|ence|ry|ty|ity)$/u.test(head)) return false;
  return /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer)$/u.test(head);
}

/** An office: matched only against what the article says of each person, never guessed. */
export const isOfficeHead = (head: string): boolean => OFFICES.has(head);
export const isOrganisationHead = (head: string): boolean => ORGANISATION_NOUNS.has(head);
export const isIssuingHead = (head: string): boolean => ISSUING_NOUNS.has(head);
export const isAnonymousHead = (head: string): boolean => ANONYMOUS_NOUNS.has(head);
