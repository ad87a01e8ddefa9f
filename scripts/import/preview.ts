/**
 * What the extractor makes of a newly imported article, before any build: each quote (its first
 * words) with its speaker, the sieve that decided and `file:line`, then the unattributed ones,
 * so the editor can add `<!-- speaker: … -->` overrides where needed.
 */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { computedSoFar } from '../../src/markdown/frontmatter.ts';
import { articleRemarkPlugins } from '../../src/markdown/pipeline.ts';
import type { ArticleQuote, RegistryEntry } from '../../src/quotes/types.ts';
import { displayPath } from '../../src/utils/display-path.ts';
import { plural } from '../../src/utils/text.ts';

const FIRST_WORDS = 8;

const opening = (text: string) => {
  const words = text.split(/\s+/);
  return `“${words.slice(0, FIRST_WORDS).join(' ')}${words.length > FIRST_WORDS ? '…' : ''}”`;
};

/** The article's quotes as the build will find them. */
export function quotesOf(file: string, registry: RegistryEntry[]): ArticleQuote[] {
  const source = readFileSync(file, 'utf8');
  // The body alone, as Astro hands it over; remark-quotes counts lines from the file itself.
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const vfile = new VFile({ value: body, path: file });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(articleRemarkPlugins({ registry }) as PluggableList);
  processor.runSync(processor.parse(vfile), vfile);
  return computedSoFar(vfile).quotes;
}

export function previewLines(file: string, quotes: readonly ArticleQuote[]): string[] {
  const shown = displayPath(file);
  const named = quotes.filter((quote) => quote.speaker || quote.attribution);
  const left = quotes.filter((quote) => !quote.speaker && !quote.attribution);
  const lines = [`  ${plural(quotes.length, 'quote')}: ${named.length} attributed, ${left.length} unattributed`];
  for (const quote of named) {
    const who = quote.speaker?.name ?? `${quote.attribution} (unnamed)`;
    const how = [quote.resolvedBy, quote.speakerResolvedBy].filter(Boolean).join(' → ');
    lines.push(`    ${shown}:${quote.line}  ${opening(quote.text)}  ${who}  (${how})`);
  }
  for (const quote of left) lines.push(`    ${shown}:${quote.line}  ${opening(quote.text)}  unattributed`);
  if (left.length > 0) {
    lines.push('  To name a speaker, add <!-- speaker: <id> --> right after the quote (docs/quotes.md).');
  }
  return lines;
}
