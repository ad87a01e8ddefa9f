/**
 * The extractor's stages run on a Markdown body through the driver's own loops, so that a test
 * can put one sieve to work: what it decides for each quote, given what the sieves before it
 * decided (overrides included), and which mention→speaker sieve resolved each phrase.
 */
import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { attributeQuotes, QUOTE_MENTION_SIEVES, readStages, type Stages } from '../../src/quotes/index.ts';
import { Registry } from '../../src/quotes/registry.ts';
import type { Decision, QuoteInContext } from '../../src/quotes/sieves/quote-mention/types.ts';
import type { RegistryEntry, Resolution, TextBlock } from '../../src/quotes/types.ts';

/** The article's paragraphs and headings as the remark plugin hands them to the extractor, overrides included. */
export function blocksOf(markdown: string): TextBlock[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks: TextBlock[] = [];
  const visit = (nodes: readonly { type: string; value?: string; children?: unknown[] }[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        const overrides = (node.children as { type: string; value?: string }[])
          .filter((child) => child.type === 'html')
          .map((child) => /speaker:\s*([\w-]+)/u.exec(child.value ?? '')?.[1])
          .filter((value): value is string => value !== undefined);
        const text = toString(node as Paragraph | Heading);
        blocks.push({
          text,
          line: 0,
          overrides: overrides.map((value) => ({ offset: text.length, line: 0, value })),
          kind: node.type === 'heading' ? 'heading' : 'paragraph',
        });
      } else if (node.children) visit(node.children as { type: string }[]);
    }
  };
  visit(tree.children);
  return blocks;
}

export function stages(markdown: string, registry: RegistryEntry[] = []): Stages & { registry: Registry } {
  const registered = new Registry(registry);
  return { ...readStages(blocksOf(markdown), registered), registry: registered };
}

export interface SieveOutcome {
  quote: string;
  /** What the sieve decided: the phrase as written, `same as: <quote>`, or null when it passed. */
  decided: string | null;
}

/** What one quote→mention sieve decides for each quote, run by the driver's loop after the sieves before it. */
export function decideWith(markdown: string, name: Resolution, registry: RegistryEntry[] = []): SieveOutcome[] {
  const staged = stages(markdown, registry);
  const index = QUOTE_MENTION_SIEVES.findIndex((sieve) => sieve.name === name);
  if (index === -1) throw new Error(`No quote→mention sieve called ${name}`);
  const { decisions } = attributeQuotes(staged, staged.registry, {
    quoteMention: QUOTE_MENTION_SIEVES.slice(0, index + 1),
  });
  const { quotes } = staged.selected;
  return quotes.map((quote) => {
    const decision = decisions[quote.index] ?? null;
    const mine = decision?.sieve === name ? decision : null;
    return { quote: quote.quotation.text, decided: describe(mine, quotes, staged) };
  });
}

function describe(decision: Decision | null, quotes: readonly QuoteInContext[], staged: Stages) {
  if (!decision) return null;
  if ('sameAs' in decision) return `same as: ${quotes[decision.sameAs]!.quotation.text}`;
  return staged.document.blocks[decision.block]!.text.slice(decision.phrase.start, decision.phrase.end);
}

export interface Resolved {
  /** The phrase as the sieve saw it: a name, a pronoun, a description. */
  phrase: string;
  sieve: string | null;
  /** The cast member it was resolved to, or null for an unnamed source (see `attribution`) or nobody. */
  speaker: string | null;
  attribution: string | null;
}

/** Every phrase the mention→speaker pass resolved, in reading order, with the sieve that did it. */
export function resolutions(markdown: string, registry: RegistryEntry[] = []): Resolved[] {
  const staged = stages(markdown, registry);
  const { pass } = attributeQuotes(staged, staged.registry);
  return pass.resolved
    .filter((resolved) => resolved.sieve !== null)
    .map((resolved) => ({
      phrase: staged.document.blocks[resolved.at.block]!.text.slice(resolved.phrase.start, resolved.phrase.end),
      sieve: resolved.sieve,
      speaker: resolved.referent.entity?.name ?? null,
      attribution: resolved.referent.attribution,
    }));
}

/** Each quote's speaker and the two sieves that decided it, as the driver's loops leave them. */
export function speakersOf(markdown: string, registry: RegistryEntry[] = []) {
  const staged = stages(markdown, registry);
  const { decisions, pass } = attributeQuotes(staged, staged.registry);
  return staged.selected.quotes.map((quote) => ({
    quote: quote.quotation.text,
    speaker: pass.speakers[quote.index]!.referent.entity?.name ?? null,
    resolvedBy: decisions[quote.index]?.sieve ?? null,
    speakerResolvedBy: pass.speakers[quote.index]!.sieve,
  }));
}
