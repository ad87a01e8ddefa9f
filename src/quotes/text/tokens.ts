/**
 * Words and the punctuation that matters to attribution, with their offsets in the block, so
 * that a phrase found in the tokens can be found again in the text and the tree.
 */

export interface Token {
  /** As written, possessive included: `Moss’s`. */
  text: string;
  /** Lower case, apostrophes straightened, a possessive ’s dropped: `moss`. */
  norm: string;
  start: number;
  end: number;
  /** The last token of its sentence (set by the document, which knows the sentences): a name never runs past it. */
  endsSentence?: boolean;
}

/** Words (with inner apostrophes, hyphens and dots, and a plural possessive's closing `s'`), and phrase punctuation. */
const TOKEN = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*\.?|[,;:—–()]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // A full stop belongs to the word only in abbreviations and initials ("U.S.", "J.").
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    // A plural possessive keeps its apostrophe: `Reuters' source`.
    const next = text[match.index + word.length];
    if (
      word.endsWith('s') &&
      (next === '’' || next === "'") &&
      !/[\p{L}\p{N}]/u.test(text[match.index + word.length + 1] ?? '')
    ) {
      word += next;
    }
    const start = offset + match.index;
    tokens.push({ text: word, norm: normalise(word), start, end: start + word.length });
  }
  return tokens;
}

export function normalise(word: string): string {
  const lower = word.toLowerCase();
  // Most words need none of the replacements below; skip the work for them.
  if (!/['’.]/u.test(lower)) return lower;
  return lower.replace(/’/g, "'").replace(/'s?$/, '').replace(/\.$/, '');
}

/** Starts with a capital letter. Called for nearly every token, so a character test, not a regular expression. */
export const isCapitalised = (token: Token | undefined): boolean => {
  const first = token?.text[0];
  return first !== undefined && first !== first.toLowerCase();
};
const PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Punctuation that bounds a phrase; a quotation inside narration (see `QUOTE_NORM`) bounds one too. */
export const isPunctuation = (token: Token | undefined): boolean =>
  token !== undefined && (PUNCTUATION.has(token.text) || token.norm === QUOTE_NORM);
/** The `norm` of the token that stands for a whole quotation in a block's narration tokens. */
export const QUOTE_NORM = '"';
/** Written as a possessive, or ending in an apostrophe: `Moss’s`, `Reuters'`, `the Hills’`. */
export const isPossessiveText = (text: string): boolean => /['’]s?$/u.test(text);
export const isPossessive = (token: Token | undefined): boolean =>
  token !== undefined && /\p{L}['’]s?$/u.test(token.text) && /['’]/u.test(token.text.slice(-2));
/** `IT`, `US`, `WHO`: a word written all in capitals, as initials are (one letter is a word: `I`, `A`). */
export const isAllCaps = (token: Token | undefined): boolean =>
  token !== undefined && token.text.length > 1 && /^\p{Lu}+$/u.test(token.text);
/** Joins tokens back as they were written, with single spaces. */
export const words = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');
