/**
 * `round-up`: a line right after the quote names its speaker without a verb, as round-ups and
 * tributes do: `“…”` then `— Ana Ruiz, after her semi-final`, or `“…” — Ana Ruiz` in one line.
 */
import { phraseAfter } from '../../grammar/noun-phrase.ts';
import type { Token } from '../../text/tokens.ts';
import { fillsParagraph, lastSegment } from './context.ts';
import type { Decision, QuoteMentionSieve } from './types.ts';

const DASHES = new Set(['—', '–']);

export const roundUpSieve: QuoteMentionSieve = {
  name: 'round-up',
  decide(quote, context) {
    const own = byline(quote.after, lastSegment(quote).block);
    if (own) return own;
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
