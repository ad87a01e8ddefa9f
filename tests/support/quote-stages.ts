/**
 * The extractor's stages run one at a time on a Markdown body, so that a test can put one
 * sieve to work on its own: what it decides for each quote, given what the sieves before it
 * decided, and which mention→speaker sieve resolved each phrase.
 */
import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildCast } from '../../src/quotes/cast/build-cast.ts';
import { MENTION_SPEAKER_SIEVES, QUOTE_MENTION_SIEVES } from '../../src/quotes/index.ts';
import { pairQuotations } from '../../src/quotes/quotations/pair.ts';
import { selectQuotes } from '../../src/quotes/quotations/select.ts';
import { Registry } from '../../src/quotes/registry.ts';
import { resolveSpeakers } from '../../src/quotes/sieves/mention-speaker/resolve.ts';
import type { MentionSpeakerSieve } from '../../src/quotes/sieves/mention-speaker/types.ts';
import type { Decision, QuoteInContext, SieveContext } from '../../src/quotes/sieves/quote-mention/types.ts';
import { readDocument } from '../../src/quotes/text/document.ts';
import type { RegistryEntry, Resolution, TextBlock } from '../../src/quotes/types.ts';

/** The article's paragraphs and headings as the remark plugin hands them to the extractor. */
export function blocksOf(markdown: string): TextBlock[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks: TextBlock[] = [];
  const visit = (nodes: readonly { type: string; children?: unknown[] }[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        blocks.push({
          text: toString(node as Paragraph | Heading),
          line: 0,
          overrides: [],
          kind: node.type === 'heading' ? 'heading' : 'paragraph',
        });
      } else if (node.children) visit(node.children as { type: string }[]);
    }
  };
  visit(tree.children);
  return blocks;
}

export function stages(markdown: string, registry: RegistryEntry[] = []) {
  const document = readDocument(blocksOf(markdown));
  const cast = buildCast(document, new Registry(registry));
  const { quotes } = selectQuotes(document, pairQuotations(document));
  return { document, cast, quotes };
}

export interface SieveOutcome {
  quote: string;
  /** What the sieve decided: the phrase as written, `same as: <quote>`, or null when it passed. */
  decided: string | null;
}

/** What one quote→mention sieve decides for each quote, after the sieves before it have had theirs. */
export function decideWith(markdown: string, name: Resolution): SieveOutcome[] {
  const { document, cast, quotes } = stages(markdown);
  const decisions: (Decision | null)[] = quotes.map(() => null);
  const context: SieveContext = { document, cast, quotes, decisions };
  const index = QUOTE_MENTION_SIEVES.findIndex((sieve) => sieve.name === name);
  if (index === -1) throw new Error(`No quote→mention sieve called ${name}`);
  for (const sieve of QUOTE_MENTION_SIEVES.slice(0, index)) {
    for (const quote of quotes) decisions[quote.index] ??= sieve.decide(quote, context);
  }
  // As the driver does: each quote the sieve decides is decided for the quotes after it.
  const sieve = QUOTE_MENTION_SIEVES[index]!;
  return quotes.map((quote) => {
    if (decisions[quote.index]) return { quote: quote.quotation.text, decided: null };
    const decision = sieve.decide(quote, context);
    decisions[quote.index] = decision;
    return { quote: quote.quotation.text, decided: describe(decision, quotes, document) };
  });
}

function describe(decision: Decision | null, quotes: readonly QuoteInContext[], document: SieveContext['document']) {
  if (!decision) return null;
  if ('sameAs' in decision) return `same as: ${quotes[decision.sameAs]!.quotation.text}`;
  return document.blocks[decision.block]!.text.slice(decision.phrase.start, decision.phrase.end);
}

export interface Resolved {
  /** The phrase as the sieve saw it: a name, a pronoun, a description. */
  phrase: string;
  sieve: string;
  /** The cast member it was resolved to, or null for an unnamed source (see `attribution`) or nobody. */
  speaker: string | null;
  attribution: string | null;
}

/** Every phrase the mention→speaker pass resolved, in reading order, with the sieve that did it. */
export function resolutions(markdown: string, registry: RegistryEntry[] = []): Resolved[] {
  const { document, cast, quotes } = stages(markdown, registry);
  const decisions: (Decision | null)[] = quotes.map(() => null);
  const context: SieveContext = { document, cast, quotes, decisions };
  for (const sieve of QUOTE_MENTION_SIEVES) {
    for (const quote of quotes) decisions[quote.index] ??= sieve.decide(quote, context);
  }
  const log: Resolved[] = [];
  const traced = MENTION_SPEAKER_SIEVES.map((sieve): MentionSpeakerSieve => ({
    name: sieve.name,
    resolve(phrase, at, resolveContext) {
      const referent = sieve.resolve(phrase, at, resolveContext);
      if (referent) {
        log.push({
          phrase: document.blocks[at.block]!.text.slice(phrase.start, phrase.end),
          sieve: sieve.name,
          speaker: referent.entity?.name ?? null,
          attribution: referent.attribution,
        });
      }
      return referent;
    },
  }));
  const registered = new Registry(registry);
  resolveSpeakers({ document, cast, registry: registered, quotes, decisions, fixed: [], sieves: traced });
  return log;
}
