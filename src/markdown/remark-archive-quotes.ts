import type { InlineCode, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Characters that make a run of text code rather than words: operators, brackets, paths. */
const CODE = /[{}[\]<>=;/\\_#$*|~^@]/u;

/**
 * Typewriter quotation marks, as old archive text types them: two backticks open a quote and
 * two apostrophes, or two backticks again, close it (``…'' or ``…``). CommonMark reads such a
 * quote as inline code. A code span written with two backticks that holds prose (words with a
 * space or closing punctuation, and no code characters) or the closing '' is put back as the text
 * it was typed as, backticks included, so that the quote extractor reads its marks.
 *
 * ```md
 * ``We go now,'' said Mara Klee. ``Not yet,`` said Tomas Rieder.
 * ```
 * → `<p>``We go now,'' said Mara Klee. ``Not yet,`` said Tomas Rieder.</p>` (no `<code>`),
 * with two quotes found. ``npm`` or ``a = b`` stays code.
 */
export function remarkArchiveQuotes() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'inlineCode', (node: InlineCode, index, parent) => {
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `\`\`${node.value}\`\``;
      if (!written.startsWith('``') || written.startsWith('```')) return;
      const prose = !CODE.test(node.value) && /\p{L}/u.test(node.value) && /\s|[.,;:!?]$/u.test(node.value.trim());
      if (!node.value.includes("''") && !prose) return;
      const text: Text = { type: 'text', value: written };
      if (node.position) text.position = node.position;
      parent.children[index] = text;
    });
  };
}
