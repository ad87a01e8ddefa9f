/**
 * `round-up`: round-ups, tributes and picture captions name the speaker right after the quote
 * without a speech verb. A line after the quote (`“…”` then `— Ana Ruiz, after her semi-final`,
 * or `“…” — Ana Ruiz` in one line); or, when the quote opens its paragraph, the sentence after it
 * in that paragraph opening with a person as its subject (`“The crowd carried us.” Captain Lars
 * Moe is grateful for the home support.`, `Walsh on the winner.`).
 */
import { isSubjectAt } from '../../grammar/clauses.ts';
import { cueAfter } from '../../grammar/cues.ts';
import { phraseAfter } from '../../grammar/noun-phrase.ts';
import { sentenceIndexAt, tokensBetween } from '../../text/document.ts';
import type { Token } from '../../text/tokens.ts';
import { fillsParagraph, holdsQuote, lastSegment } from './context.ts';
import type { Decision, QuoteInContext, QuoteMentionSieve, SieveContext } from './types.ts';

const DASHES = new Set(['—', '–']);

export const roundUpSieve: QuoteMentionSieve = {
  name: 'round-up',
  decide(quote, context) {
    const own = byline(quote.after, lastSegment(quote).block);
    if (own) return own;
    const caption = captionAfter(quote, context);
    if (caption) return caption;
    if (!fillsParagraph(quote, context)) return null;
    const next = context.document.blocks[lastSegment(quote).block + 1];
    if (!next || next.kind === 'heading' || /^\s*[“"‘'«]/u.test(next.text)) return null;
    return byline(next.tokens, next.index);
  },
};

/** `— Ana Ruiz, …`: a dash, then a name. A hyphen written for a dash (`- Ana Ruiz`) counts too. */
function byline(tokens: Token[], block: number): Decision | null {
  const [dash] = tokens;
  if (!dash || !DASHES.has(dash.text)) return null;
  const found = phraseAfter(tokens, 1);
  if (found?.phrase.kind !== 'name') return null;
  return { sieve: 'round-up', cue: null, phrase: found.phrase, block };
}

/**
 * A quote that opens its paragraph and ends its sentence, then one sentence quoting nothing that
 * opens with a person's name as its subject: the caption of a round-up.
 */
function captionAfter(quote: QuoteInContext, context: SieveContext): Decision | null {
  if (quote.after.length > 0 || quote.quotation.segments.length > 1) return null;
  const last = lastSegment(quote);
  const block = context.document.blocks[last.block]!;
  if (block.text.slice(0, last.start).trim() !== '' || block.spans.length !== 1) return null;
  // `Moss said:` before it introduced the quote; what follows it is news of its own.
  const before = context.document.blocks[last.block - 1];
  if (before?.kind === 'paragraph' && /:\s*$/u.test(before.text)) return null;
  const next = block.sentences[sentenceIndexAt(block, Math.max(0, last.end - 1)) + 1];
  if (!next) return null;
  const tokens = tokensBetween(block, next.start, next.end);
  if (holdsQuote(tokens)) return null;
  const found = phraseAfter(tokens, 0);
  if (found?.phrase.kind !== 'name' || !['person', 'unknown'].includes(found.phrase.name.kind)) return null;
  // `Walsh on the winner, Blue Harbour.`: a caption's `on`, what the words were about.
  const about = tokens[found.end]?.norm === 'on';
  // With a speech verb (`Gareth Lowe asked.`) it is the following-sentence sieve's.
  if (!(about || isSubjectAt(tokens, found.end)) || cueAfter(tokens)) return null;
  return { sieve: 'round-up', cue: null, phrase: found.phrase, block: block.index };
}
