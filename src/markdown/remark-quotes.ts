import type { Data, Heading, Html, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import { existsSync, readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { extractQuotes } from '../quotes/index.ts';
import { Registry } from '../quotes/registry.ts';
import type { Override, RegistryEntry, TextBlock } from '../quotes/types.ts';
import { NOT_ATTRIBUTED, quotePartId } from '../utils/quote-parts.ts';
import { setComputed } from './frontmatter.ts';
import { displayPath } from '../utils/display-path.ts';

/** A quotation marked up in the tree; `mdast-util-to-hast` turns it into `<span class="quote">`. */
export interface QuotationNode extends Parent {
  type: 'quotation';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    quotation: QuotationNode;
  }
  interface RootContentMap {
    quotation: QuotationNode;
  }
}

export interface RemarkQuotesOptions {
  /** The people of `content/people/` and organisations of `content/organisations/`: names, aliases, descriptions. */
  registry: RegistryEntry[];
  /** Changes whenever the extractor's code does, so Astro's content cache never keeps stale quotes. */
  pipeline?: string;
}

/** `<!-- speaker: james-dorsey -->` right after a quote forces its speaker (`none`, `not-a-quote` also work). */
const OVERRIDE = /^<!--\s*speaker:\s*([\w-]+)\s*-->$/u;

interface Leaf {
  node: Text;
  /** Ancestors from the paragraph down to the text node's parent. */
  path: Parent[];
  start: number;
  end: number;
}

/**
 * Finds every quotation in the article, attributes it, wraps it in the HTML and hands the
 * list to pages as `remarkPluginFrontmatter.quotes`: the one place quotes are extracted.
 *
 * ```md
 * “After all, the US president has already thrown a number of key allies under the bus,” said Quilliam.
 * ```
 * becomes
 * ```html
 * <p><span class="quote" id="q-after-all-the-us-president-has" data-speaker="neil-quilliam"
 *   data-pagefind-title="Neil Quilliam">“After all, …,”</span> said Quilliam.</p>
 * ```
 */
export function remarkQuotes(options: RemarkQuotesOptions) {
  const registry = new Registry(options.registry);
  return (tree: Root, file: VFile) => {
    const paragraphs: (Paragraph | Heading)[] = [];
    const blocks: TextBlock[] = [];
    const overrideNodes: { parent: Parent; node: Html }[] = [];
    const orphans: Override[] = [];

    visit(tree, (node, _index, parent) => {
      if (node.type === 'paragraph') {
        paragraphs.push(node);
        blocks.push(flatten(node, overrideNodes));
        return 'skip';
      }
      // An override on its own line between paragraphs applies to the last quote before it.
      if (node.type === 'html' && parent && OVERRIDE.test(node.value.trim())) {
        const block = blocks.at(-1);
        if (block) block.overrides.push(overrideAt(node, block.text.length));
        else orphans.push(overrideAt(node, 0));
        overrideNodes.push({ parent, node });
      }
      // A heading is read for who speaks next (a Q&A's interviewee) but never searched for quotes.
      if (node.type === 'heading') {
        paragraphs.push(node);
        blocks.push({ ...flatten(node, overrideNodes), kind: 'heading' });
        return 'skip';
      }
      if (node.type === 'code' || node.type === 'table') return 'skip';
      return undefined;
    });

    const offset = frontmatterLines(file);
    for (const block of blocks) {
      block.line += offset;
      for (const override of block.overrides) override.line += offset;
    }
    const result = extractQuotes(blocks, registry);
    for (const orphan of orphans) {
      result.errors.push({ line: orphan.line + offset, message: 'The quote override follows no quotation.' });
    }
    const source = file.path ? displayPath(file.path) : 'article';
    // Astro logs a thrown Markdown error and builds on, and caches the failure silently; recorded
    // here, the errors travel with the article and the data layer fails the build on every run.
    const errors = result.errors.map((error) => `${source}:${error.line}: ${error.message}`);

    for (const quote of result.quotes) {
      // Every part is a search anchor of its own (an id and a title), so words in the second
      // paragraph of a long quote find it too; `quotePartId` leads each part back to the quote.
      const title = quote.speaker?.name ?? quote.attribution ?? NOT_ATTRIBUTED;
      quote.segments.forEach((segment, index) => {
        const properties = {
          className: ['quote'],
          id: quotePartId(quote.id, index),
          dataSpeaker: quote.speaker?.id,
          dataPagefindTitle: title,
          ...(index > 0 ? { dataContinues: quote.id } : {}),
        };
        wrap(paragraphs[segment.block]!, segment.start, segment.end, properties);
      });
    }
    // The overrides have done their work; readers need not see them in the HTML source.
    for (const { parent, node } of overrideNodes) parent.children.splice(parent.children.indexOf(node as never), 1);

    setComputed(
      file,
      'quotes',
      result.quotes.map(({ segments: _segments, ...quote }) => quote),
    );
    setComputed(file, 'skippedQuotations', result.skipped);
    setComputed(file, 'speakerDescriptions', result.descriptions);
    setComputed(file, 'quoteErrors', errors);
  };
}

/**
 * Astro hands the plugin the body without its frontmatter, so positions start after it;
 * editors need line numbers of the file they open.
 */
function frontmatterLines(file: VFile): number {
  if (!file.path || !existsSync(file.path)) return 0;
  const source = readFileSync(file.path, 'utf8');
  const body = String(file.value);
  const at = body.trim() ? source.indexOf(body) : -1;
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}

function overrideAt(node: Html, offset: number): Override {
  const value = OVERRIDE.exec(node.value.trim())![1]!;
  return { offset, line: node.position?.start.line ?? 0, value };
}

/** The paragraph's text as one string; inline formatting adds no characters. */
function flatten(paragraph: Paragraph | Heading, overrideNodes: { parent: Parent; node: Html }[]): TextBlock {
  let text = '';
  const overrides: Override[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type === 'text') text += child.value;
      // Code is not prose: it adds nothing to the text quotes are searched in.
      else if (child.type === 'break') text += '\n';
      else if (child.type === 'html' && OVERRIDE.test(child.value.trim())) {
        overrides.push(overrideAt(child, text.length));
        overrideNodes.push({ parent, node: child });
      } else if ('children' in child) walk(child);
    }
  };
  walk(paragraph);
  return { text, line: paragraph.position?.start.line ?? 0, overrides };
}

function leaves(paragraph: Paragraph | Heading): Leaf[] {
  const found: Leaf[] = [];
  let offset = 0;
  const walk = (parent: Parent, path: Parent[]) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        found.push({ node: child, path: [...path, parent], start: offset, end: offset + child.value.length });
        offset += child.value.length;
      } else if (child.type === 'break') offset += 1;
      else if ('children' in child) walk(child, [...path, parent]);
    }
  };
  walk(paragraph, []);
  return found;
}

/** Splits the text node holding `offset` so that a node boundary falls exactly there. */
function splitAt(paragraph: Paragraph | Heading, offset: number): void {
  const leaf = leaves(paragraph).find((l) => offset > l.start && offset < l.end);
  if (!leaf) return;
  const parent = leaf.path.at(-1)!;
  const cut = offset - leaf.start;
  const tail: Text = { type: 'text', value: leaf.node.value.slice(cut) };
  leaf.node.value = leaf.node.value.slice(0, cut);
  parent.children.splice(parent.children.indexOf(leaf.node) + 1, 0, tail as never);
}

/** Wraps the inline content between two text offsets in a quotation node, splitting text nodes as needed. */
function wrap(paragraph: Paragraph | Heading, start: number, end: number, properties: Record<string, unknown>): void {
  splitAt(paragraph, start);
  splitAt(paragraph, end);
  const all = leaves(paragraph);
  const first = all.find((l) => l.start === start);
  const last = all.findLast((l) => l.end === end);
  if (!first || !last) return;
  // The deepest parent holding both ends; a quote that starts inside *emphasis* and ends
  // outside it is wrapped around the whole emphasis.
  let depth = 0;
  while (first.path[depth + 1] && first.path[depth + 1] === last.path[depth + 1]) depth++;
  const parent = first.path[depth]!;
  const childOf = (leaf: Leaf) => (leaf.path[depth + 1] ?? leaf.node) as PhrasingContent;
  const from = parent.children.indexOf(childOf(first) as never);
  const to = parent.children.indexOf(childOf(last) as never);
  if (from === -1 || to === -1 || to < from) return;
  const children = parent.children.slice(from, to + 1) as PhrasingContent[];
  const node: QuotationNode = {
    type: 'quotation',
    children,
    data: { hName: 'span', hProperties: properties as never },
  };
  parent.children.splice(from, to - from + 1, node as never);
}
