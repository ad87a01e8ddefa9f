/**
 * Clause-level reading: what may stand between a subject and its verb (adverbs, `on Tuesday`),
 * and whether a noun phrase is the subject of its clause.
 */
import {
  ADVERBS,
  AUXILIARIES,
  isSpeechVerb,
  RELATIVE_PRONOUNS,
  SUBJECT_FOLLOWERS,
  TIME_LEADS,
  TIME_WORDS,
} from '../lexicon/index.ts';
import { isCapitalised, isPunctuation, type Token } from '../text/tokens.ts';
import { nameRunAt } from './names.ts';
import { isVerbLike } from './word-classes.ts';

/** Skips what may stand between a subject and its verb: `also`, `later`, `on Tuesday`, `last week`. */
export function skipAdverbials(tokens: Token[], end: number): number {
  let j = end;
  for (;;) {
    const token = tokens[j - 1];
    if (!token) return j;
    if (ADVERBS.has(token.norm)) {
      j--;
      continue;
    }
    if (TIME_WORDS.has(token.norm) || /^\p{N}+$/u.test(token.text)) {
      let k = j - 1;
      while (k > 0 && (TIME_WORDS.has(tokens[k - 1]!.norm) || TIME_LEADS.has(tokens[k - 1]!.norm))) k--;
      j = k;
      continue;
    }
    return j;
  }
}

/**
 * Skips where a subject is, between it and its verb: `the Harbour Board in Tarnow said`,
 * `the ministry in Seoul said`. Only a name after `in` or `at`: `the board at its meeting` is not a place.
 */
export function skipPlace(tokens: Token[], i: number): number {
  if (!['in', 'at'].includes(tokens[i]?.norm ?? '')) return i;
  const place = nameRunAt(tokens, i + 1);
  return place ? place.end : i;
}

/** Skips `on Tuesday`, `last week` after a subject: `Chavan on Tuesday said`. */
export function skipTime(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && (TIME_WORDS.has(tokens[j]!.norm) || TIME_LEADS.has(tokens[j]!.norm))) {
    if (!TIME_WORDS.has(tokens[j]!.norm) && !TIME_WORDS.has(tokens[j + 1]?.norm ?? '')) break;
    j++;
  }
  return j;
}

/** How many words an apposition or a relative clause between a subject and its verb may run to. */
const APPOSITION_REACH = 40;

/** Is the phrase ending at `end` a subject: followed by its verb, maybe after an appositive, adverbs or a time? */
export function isSubjectAt(tokens: Token[], end: number, options: { enclosed?: boolean } = {}): boolean {
  let j = end;
  for (;;) {
    const token = tokens[j];
    if (!token) return false;
    if (token.text === ',') {
      const after = tokens[j + 1];
      // `Her brother, Ibrahim, handles`: the name was an apposition, and this comma closes it.
      const closes = options.enclosed && j === end && after && !isCapitalised(after) && !isPunctuation(after);
      if (closes && !SUBJECT_FOLLOWERS.has(after.norm)) return true;
      // `The chair, Sir Michael Barnes, said`: the comma closes an appositive the phrase was in.
      if (isVerbLike(after)) return true;
      // `Mathews, given charge after Malinga pulled out, fought on`: skip the appositive, however
      // long (`Chief executive Lena Park, under pressure after a year of losses …, asked`).
      const next = tokens.findIndex((t, k) => k > j && t.text === ',');
      if (next === -1 || next - j > APPOSITION_REACH) return false;
      j = next + 1;
      continue;
    }
    // `Young also had to help`, `Ruiz will stand`: a phrase followed by its auxiliary is a subject.
    if (AUXILIARIES.has(token.norm) && !isCapitalised(token)) return true;
    if (ADVERBS.has(token.norm)) {
      j++;
      continue;
    }
    // `a man who lives nearby said`: a relative clause with no commas, up to the speech verb after it.
    if (token.norm === 'who' && j === end) {
      for (let k = j + 2; k < Math.min(tokens.length, j + 14) && !isPunctuation(tokens[k]); k++) {
        if (isSpeechVerb(tokens[k]!.norm)) return true;
      }
      return false;
    }
    // `Gill Harper, 67, who runs a shop, said`: a relative clause after an apposition is skipped like it.

    if (RELATIVE_PRONOUNS.has(token.norm) && tokens[j - 1]?.text === ',') {
      const next = tokens.findIndex((t, k) => k > j && t.text === ',');
      if (next === -1 || next - j > APPOSITION_REACH) return false;
      j = next + 1;
      continue;
    }
    const time = skipTime(tokens, j);
    if (time > j) {
      j = time;
      continue;
    }
    return (
      !isCapitalised(token) &&
      !isPunctuation(token) &&
      !SUBJECT_FOLLOWERS.has(token.norm) &&
      !/^\p{N}/u.test(token.text)
    );
  }
}
