/** Regular expressions built from word lists: the lists are data, the patterns are made here. */

/** A word written so that a regular expression matches it as it is: `so-called`, `U.S.`. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `a|an|the`: any of the words, each escaped. */
export const alternatives = (words: Iterable<string>): string => [...words].map(escapeRegExp).join('|');
