import type { InlineCode, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Typewriter quotation marks, as old archive text types them: two backticks open a quote and
 * two apostrophes close it (``…''). Where two such quotes share a paragraph, CommonMark reads
 * the run from one pair of backticks to the next as inline code. A code span written with two
 * backticks whose text holds the closing '' is not code but prose: it is put back as the text
 * it was typed as, backticks included, so that the quote extractor reads its marks.
 *
 * ```md
 * ``We go now,'' said Mara Klee. ``Not yet,'' said Tomas Rieder.
 * ```
 * → `<p>``We go now,'' said Mara Klee. ``Not yet,'' said Tomas Rieder.</p>` (no `<code>`), with
 * two quotes found.
 */
export function remarkArchiveQuotes() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'inlineCode', (node: InlineCode, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("''")) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `\`\`${node.value}\`\``;
      if (!written.startsWith('``') || written.startsWith('```')) return;
      const text: Text = { type: 'text', value: written };
      if (node.position) text.position = node.position;
      parent.children[index] = text;
    });
  };
}
