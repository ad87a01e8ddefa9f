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
  let start = 0;
  let i = 0;
  const endSentence = (end: number) => {
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = end;
  };
  while (i < text.length) {
    const span = spans.find((s) => s.start === i);
    if (span) {
      const last = text
        .slice(span.start, span.end)
        .replace(/[\s”’"'»›]+$/u, '')
        .slice(-1);
      i = span.end;
      if (/[.!?…]/u.test(last) && startsNewSentence(text, i)) endSentence(i);
      continue;
    }
    const ch = text[i]!;
    i++;
    if (/[.!?]/u.test(ch) && !isAbbreviation(text, i - 1) && startsNewSentence(text, i)) endSentence(i);
  }
  endSentence(text.length);
  return ranges;
}

/** After a sentence-ending mark: the end, or white space then a capital, a digit or an opening mark. */
function startsNewSentence(text: string, at: number): boolean {
  const rest = text.slice(at).replace(/^[)\]]+/u, '');
  if (!rest.trim()) return true;
  return /^\s+[\p{Lu}\p{N}“‘"'«(]/u.test(rest);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "James M. Dorsey"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}
