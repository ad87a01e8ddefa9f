/**
 * Guesses at a single word's part of speech, from the word lists and its shape: is it a verb of
 * speech, more likely a verb than a role, a role word that can stand before a name, a pronoun?
 * The phrase readers ask these; nothing here looks further than the word and its neighbours.
 */
import {
  ADVERBS,
  COMMON_VERBS,
  DETERMINERS,
  isSpeechParticiple,
  isSpeechVerb,
  NATIONALITY,
  OFFICES,
  PERSON_NOUNS,
  PHRASE_LINKS,
  PRONOUNS,
  VERB_MARKERS,
} from '../lexicon/index.ts';
import { isAllCaps, isCapitalised, isPunctuation, type Token } from '../text/tokens.ts';
import { isAgeNoun } from './heads.ts';
import { isJoinedParticle } from './names.ts';

export const isVerbLike = (token: Token | undefined): boolean =>
  token !== undefined && (isSpeechVerb(token.text) || isSpeechParticiple(token.text));
export const isPronoun = (token: Token | undefined) =>
  token !== undefined && !isAllCaps(token) && PRONOUNS.has(token.norm);

/** `wed`, `beats`, `joined`: a word between two names that is more likely a verb than a role. */
export const looksLikeVerb = (token: Token | undefined): boolean =>
  token !== undefined && (COMMON_VERBS.has(token.norm) || /\p{L}{2}ed$/u.test(token.norm) || isVerbLike(token));

/** A lower-case word that can describe a person before their name: `geopolitics expert`, `neighbor`. */
export function isRoleWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !isCapitalised(token) &&
    !isPunctuation(token) &&
    (!/^\p{N}/u.test(token.text) || isAgeNoun(token.norm)) &&
    !DETERMINERS.has(token.norm) &&
    !isVerbLike(token) &&
    !ADVERBS.has(token.norm) &&
    !PHRASE_LINKS.has(token.norm) &&
    !isPronoun(token) &&
    !isJoinedParticle(token)
  );
}

/**
 * A role word where it stands: after `to` or a modal comes a verb (`to see Yoon`, `will counter
 * Ruiz`), however much it looks like a noun, unless it is a listed person noun (`wrote to coach Lind`).
 */
export function isRoleWordAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!isRoleWord(token)) return false;
  if (!VERB_MARKERS.has(tokens[k - 1]?.norm ?? '')) return true;
  return PERSON_NOUNS.has(token!.norm) || OFFICES.has(token!.norm);
}

export const isNationality = (token: Token | undefined): boolean => token !== undefined && NATIONALITY.has(token.norm);
