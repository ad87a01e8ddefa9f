import { ABBREVIATIONS } from '../lexicon/index.ts';
import type { Span } from './marks.ts';

export interface Range {
  start: number;
  end: number;
}

/**
 * Splits a block into sentences, treating each quotation as one unbreakable piece:
 * `“Yes. No,” he said. Then…` has two sentences, the first running to `said.`.
 */
export function sentenceRanges(text: string, spans: readonly Span[]): Range[] {
  const ranges: Range[] = [];
  const spanAt = new Map(spans.map((span) => [span.start, span]));
  let start = 0;
  let i = 0;
  const endSentence = (end: number) => {
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = end;
  };
  while (i < text.length) {
    const span = spanAt.get(i);
    if (span) {
      let last = span.end - 1;
      while (last > span.start && CLOSING.has(text[last]!)) last--;
      i = span.end;
      if (ENDS_QUOTED.has(text[last]!) && startsNewSentence(text, i)) endSentence(i);
      continue;
    }
    const ch = text[i]!;
    i++;
    if (ENDS.has(ch) && !isAbbreviation(text, i - 1) && startsNewSentence(text, i)) endSentence(i);
  }
  endSentence(text.length);
  return ranges;
}

/**
 * A paragraph's sentences by the extractor's rules for where one ends (not after an abbreviation
 * or an initial: `Sen. Ann Roe spoke.` is one), for an excerpt: unlike quote extraction, a long
 * quotation may end a sentence inside it, so an excerpt can stop there. Each sentence keeps the
 * white space after it, so together they are the whole text.
 */
export function splitSentences(text: string): string[] {
  return sentenceRanges(text, []).map(({ start, end }) => text.slice(start, end));
}

const ENDS = new Set(['.', '!', '?']);
const ENDS_QUOTED = new Set(['.', '!', '?', '…']);
/** Closing marks and spaces at the end of a quotation, before its last punctuation. */
const CLOSING = new Set([' ', '\t', '\n', '”', '’', '"', "'", '»', '›']);

/** After a sentence-ending mark: the end, or white space then a capital, a digit or an opening mark. */
function startsNewSentence(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ')' || text[i] === ']') i++;
  if (i >= text.length) return true;
  if (!/\s/u.test(text[i]!)) return false;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i >= text.length || /[\p{Lu}\p{N}“‘"'«(`]/u.test(text[i]!);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "James M. Dorsey"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}
