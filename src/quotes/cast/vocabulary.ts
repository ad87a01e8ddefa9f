/**
 * The words a description is made of, as a description sieve compares them: `The King’s
 * College London academic` → king, college, london, academic. Nationality words all stand for
 * their country, so `the Dane` matches someone the article called Danish.
 */
import { NATIONALITY } from '../lexicon/index.ts';

const SMALL_WORDS = new Set(
  'the a an another one this that its their his her of at in on for and or with to from by as who which s visibly then now'.split(
    ' ',
  ),
);

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
