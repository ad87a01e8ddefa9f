/**
 * The first stage: an article's blocks of text read once into what every later stage needs,
 * the quotation marks paired, sentences split and the narration (the text outside quotes)
 * tokenised. Plain data; nothing here decides who said what.
 */
import type { TextBlock } from '../types.ts';
import { scanQuotations, type Span } from './marks.ts';
import { type Range, sentenceRanges } from './sentences.ts';
import { QUOTE_NORM, type Token, tokenize } from './tokens.ts';

export interface Block extends TextBlock {
  index: number;
  kind: 'paragraph' | 'heading';
  spans: Span[];
  sentences: Range[];
  /** The block's text with every quotation blanked out, offsets kept: the reporter's own words. */
  narration: string;
  /** Tokens of the narration. */
  tokens: Token[];
}

export interface Document {
  blocks: Block[];
  /** The article's text, its blocks joined by line breaks: for `writesInLowerCase`. */
  text: string;
}

/** A place in the article, for ordering mentions and quotes. */
export interface Position {
  block: number;
  offset: number;
}

export function readDocument(input: readonly TextBlock[]): Document {
  const blocks = input.map((block, index): Block => {
    const spans = scanQuotations(block.text);
    const narration = blankQuotations(block.text, spans);
    const sentences = sentenceRanges(block.text, spans);
    return {
      ...block,
      index,
      kind: block.kind ?? 'paragraph',
      spans,
      sentences,
      narration,
      tokens: markSentenceEnds(withQuoteTokens(tokenize(narration), spans), sentences),
    };
  });
  return { blocks, text: input.map((block) => block.text).join('\n') };
}

/**
 * Does the article write this word in lower case somewhere? Capitalised at the start of a
 * sentence (`Claiming that …`, `Last week …`), such a word is still a common word, not a name.
 */
export function writesInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    const before = text[at - 1];
    const after = text[at + lower.length];
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}'’-]/u.test(ch);

export const comparePositions = (a: Position, b: Position): number => a.block - b.block || a.offset - b.offset;
export const isBefore = (a: Position, b: Position): boolean => comparePositions(a, b) < 0;

export function sentenceIndexAt(block: Block, offset: number): number {
  const index = block.sentences.findIndex((range) => offset >= range.start && offset < range.end);
  return index === -1 ? Math.max(0, block.sentences.length - 1) : index;
}

export function sentenceAt(block: Block, offset: number): Range {
  return block.sentences[sentenceIndexAt(block, offset)] ?? { start: 0, end: block.text.length };
}

/** The narration tokens of a block between two offsets (tokens are in order: a binary search, then a slice). */
export function tokensBetween(block: Block, start: number, end: number): Token[] {
  const { tokens } = block;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  return tokens.slice(low, last);
}

/** The text with every quotation replaced by spaces, so that offsets stay those of the text. */
function blankQuotations(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let narration = '';
  let at = 0;
  for (const span of spans) {
    narration += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return narration + text.slice(at);
}

/** One token per quotation, so that phrases read across the narration stop at a quote. */
function withQuoteTokens(tokens: Token[], spans: readonly Span[]): Token[] {
  if (spans.length === 0) return tokens;
  const quotes = spans.map(({ start, end }) => ({ text: QUOTE_NORM, norm: QUOTE_NORM, start, end }));
  return [...tokens, ...quotes].sort((a, b) => a.start - b.start);
}

function markSentenceEnds(tokens: Token[], sentences: readonly Range[]): Token[] {
  let s = 0;
  tokens.forEach((token, i) => {
    while (s < sentences.length && token.start >= sentences[s]!.end) s++;
    const next = tokens[i + 1];
    if (!next || next.start >= (sentences[s]?.end ?? Infinity)) token.endsSentence = true;
  });
  return tokens;
}
