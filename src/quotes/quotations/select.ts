/**
 * Which quotations are quotes: editors' `not-a-quote` overrides and non-speech (scare quotes,
 * names, titles) are set aside with their reason; each quote gets the narration around it.
 */
import type { QuoteInContext } from '../sieves/quote-mention/types.ts';
import { type Document, sentenceAt, tokensBetween } from '../text/document.ts';
import type { Override, Segment, SkippedQuotation } from '../types.ts';
import { isFragment, nonSpeechReason } from './non-speech.ts';
import { findOverride } from './overrides.ts';
import type { Quotation } from './pair.ts';

export interface Selected {
  quotes: QuoteInContext[];
  /** The override written after each quote, by quote index. */
  overrides: (Override | undefined)[];
  skipped: SkippedQuotation[];
  /** Every override that found its quote, so the others can be reported. */
  used: Set<Override>;
}

export function selectQuotes(document: Document, quotations: readonly Quotation[]): Selected {
  const selected: Selected = { quotes: [], overrides: [], skipped: [], used: new Set() };
  quotations.forEach((quotation, index) => {
    const first = quotation.segments[0]!;
    const last = quotation.segments.at(-1)!;
    const line = document.blocks[first.block]!.line;
    const split = quotation.segments.length > 1 && quotation.segments[1]!.block === first.block;
    const override = findOverride(document.blocks, last, quotations[index + 1]?.segments[0]);
    if (override) selected.used.add(override);
    if (override?.value === 'not-a-quote') {
      selected.skipped.push({ text: quotation.text, reason: 'marked not a quote', line });
      return;
    }
    const before = around(document, first, 'before');
    // A quote split around its attribution has the cue in the middle: “The question,” said X, “is …”
    const after = around(document, split ? first : last, 'after');
    const reason = override
      ? null
      : nonSpeechReason(quotation.text, { before: before.text, after: after.text, afterTokens: after.tokens });
    if (reason) {
      selected.skipped.push({ text: quotation.text, reason, line });
      return;
    }
    selected.quotes.push({
      index: selected.quotes.length,
      quotation,
      fragment: isFragment(quotation.text),
      before: before.tokens,
      after: after.tokens,
      afterBlock: (split ? first : last).block,
    });
    selected.overrides.push(override);
  });
  return selected;
}

/** The narration of the quote's sentence on one side of a segment, up to the nearest other quote. */
function around(document: Document, segment: Segment, side: 'before' | 'after') {
  const block = document.blocks[segment.block]!;
  if (side === 'before') {
    const sentence = sentenceAt(block, segment.start);
    const from = Math.max(sentence.start, ...block.spans.filter((s) => s.end <= segment.start).map((s) => s.end));
    return {
      text: block.text.slice(from, segment.start),
      tokens: tokensBetween(block, from, segment.start),
    };
  }
  const sentence = sentenceAt(block, Math.max(segment.end - 1, 0));
  const to = Math.min(sentence.end, ...block.spans.filter((s) => s.start >= segment.end).map((s) => s.start));
  return {
    text: block.text.slice(segment.end, to),
    tokens: tokensBetween(block, segment.end, to),
  };
}
