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
  /**
   * Words the article writes in lower case somewhere: capitalised at the start of a sentence
   * (`Claiming that …`, `Last week …`) they are still common words, not names.
   */
  commonWords: ReadonlySet<string>;
}

/** A place in the article, for ordering mentions and quotes. */
export interface Position {
  block: number;
  offset: number;
}

export function readDocument(input: readonly TextBlock[]): Document {
  const blocks = input.map((block, index): Block => {
    const spans = scanQuotations(block.text);
    let narration = block.text;
    for (const span of spans) {
      narration = narration.slice(0, span.start) + ' '.repeat(span.end - span.start) + narration.slice(span.end);
    }
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
  const commonWords = new Set(
    input.flatMap((block) => block.text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []),
  );
  return { blocks, commonWords };
}

export const comparePositions = (a: Position, b: Position): number => a.block - b.block || a.offset - b.offset;
export const isBefore = (a: Position, b: Position): boolean => comparePositions(a, b) < 0;

export function sentenceIndexAt(block: Block, offset: number): number {
  const index = block.sentences.findIndex((range) => offset >= range.start && offset < range.end);
  return index === -1 ? Math.max(0, block.sentences.length - 1) : index;
}

export function sentenceAt(block: Block, offset: number): Range {
  return block.sentences[sentenceIndexAt(block, offset)] ?? { start: 0, end: block.text.length };
}

/** The narration tokens inside a range of the block. */
export const tokensIn = (block: Block, range: Range): Token[] =>
  block.tokens.filter((token) => token.start >= range.start && token.end <= range.end);

/** One token per quotation, so that phrases read across the narration stop at a quote. */
function withQuoteTokens(tokens: Token[], spans: readonly Span[]): Token[] {
  const quotes = spans.map(({ start, end }) => ({ text: QUOTE_NORM, norm: QUOTE_NORM, start, end }));
  return [...tokens, ...quotes].sort((a, b) => a.start - b.start);
}

function markSentenceEnds(tokens: Token[], sentences: readonly Range[]): Token[] {
  for (const sentence of sentences) {
    const last = tokens.findLast((token) => token.start >= sentence.start && token.end <= sentence.end);
    if (last) last.endsSentence = true;
  }
  return tokens;
}
