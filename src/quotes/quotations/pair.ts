/**
 * Quotations as readers see them: a quote that runs over several paragraphs (each opening
 * with a mark again, the last one closing) is one quotation, and so is a quote split around
 * its attribution (`“We held on,” she said, “and then we won.”`).
 */
import { cueAfter } from '../grammar/cues.ts';
import { INTRODUCTORY_PHRASES } from '../lexicon/index.ts';
import { type Document, sentenceIndexAt, tokensBetween } from '../text/document.ts';
import { innerText, opensWith } from '../text/marks.ts';
import type { Segment } from '../types.ts';

export interface Quotation {
  segments: Segment[];
  /** The quoted words; a split quote's halves joined to read as one sentence. */
  text: string;
}

export function pairQuotations(document: Document): Quotation[] {
  const { blocks } = document;
  const quotations: Quotation[] = [];
  let running: Quotation | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      running = null;
      continue;
    }
    for (const [s, span] of block.spans.entries()) {
      const segment = { block: block.index, start: span.start, end: span.end };
      const text = innerText(block.text, span);
      const runsOn = running && s === 0 && block.text.slice(0, span.start).trim() === '';
      const split = quotations.at(-1);
      if (running && runsOn) {
        running.segments.push(segment);
        running.text += ` ${text}`;
      } else if (split && isSplitQuote(document, split, segment, text)) {
        split.segments.push(segment);
        split.text = joinSplit(split.text, text);
      } else {
        quotations.push({ segments: [segment], text });
      }
      const current = quotations.at(-1)!;
      // News convention: a paragraph that ends inside a quote, followed by one that opens with a mark again.
      const next = blocks[block.index + 1];
      running = !span.closed && next && next.kind !== 'heading' && opensWith(next.text, span.kind) ? current : null;
    }
  }
  return quotations;
}

/** `“The question,” said X, “is …”`: one quote, its attribution in the middle. */
function isSplitQuote(document: Document, previous: Quotation, segment: Segment, text: string): boolean {
  const last = previous.segments.at(-1)!;
  if (last.block !== segment.block || !/,$/u.test(previous.text) || !/^\p{Ll}/u.test(text)) return false;
  const block = document.blocks[segment.block]!;
  const between = block.text.slice(last.end, segment.start);
  const tokens = tokensBetween(block, last.end, segment.start);
  const cue = cueAfter(tokens);
  // `“Weak,” said Ana Sousa. Later, “it got worse.”`: a sentence ends between, so two quotes.
  const oneSentence = sentenceIndexAt(block, last.end - 1) === sentenceIndexAt(block, segment.start);
  return (
    oneSentence && /,\s*$/u.test(between) && tokens.length <= 10 && cue?.immediate === true && cue.speaker !== null
  );
}

/**
 * The two halves of a split quote as one sentence: the comma before the attribution led into it
 * and goes with it (`The question is whether …`), unless it belongs to an opening word that
 * keeps its comma anyway (`After all, the two sides …`).
 */
export function joinSplit(first: string, second: string): string {
  const opening = first.replace(/,$/u, '');
  return INTRODUCTORY_PHRASES.has(opening.toLowerCase()) ? `${first} ${second}` : `${opening} ${second}`;
}
