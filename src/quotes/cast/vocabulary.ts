/**
 * The words a description is made of, as a description sieve compares them: `The King’s
 * College London academic` → king, college, london, academic. Nationality words all stand for
 * their country, so `the Dane` matches someone the article called Danish.
 */
import { NATIONALITY } from '../lexicon/index.ts';
import { SMALL_WORDS } from '../lexicon/index.ts';

export function contentWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 1 && !SMALL_WORDS.has(word))
    .map((word) => {
      const country = NATIONALITY.get(word);
      return country ? `country:${country.toLowerCase()}` : word;
    });
}

/** `34` in `Ana Ruiz, 34, said` → `34-year-old`, the word a later `the 34-year-old` uses. */
export function ageWords(appositive: string): string[] {
  const age = /^\s*(\d{1,3})\s*$/u.exec(appositive)?.[1];
  return age ? [`${age}-year-old`] : [];
}

/** `34-year-old`: an age used as a word for a person. */
export { isAgeNoun as isAgeWord } from '../grammar/heads.ts';

/** A country word, as `contentWords` writes it: `country:denmark`. */
export const isCountryWord = (word: string): boolean => word.startsWith('country:');
