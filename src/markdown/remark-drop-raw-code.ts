import type { Html, Root } from 'mdast';
import type { Parent } from 'unist';
import { visit } from 'unist-util-visit';

const OPENS = /^<(script|style|template|noscript|textarea|title)\b[^>]*>$/iu;

/**
 * Drops inline `<script>`, `<style>` and the like with everything between their tags, before
 * any plugin reads the text. Markdown parses such inline HTML as an opening tag, the body as
 * plain text, and a closing tag, so without this the body would be read as prose: it would
 * end up in quote texts, quote ids, excerpts and reading times. (The sanitiser removes the
 * elements from the page later; this keeps them out of the data.)
 *
 * ```md
 * “We <script>alert(1)</script> won,” said Ana Ruiz.
 * ```
 * → the quote is `We  won,`, with the id `q-we-won`.
 */
export function remarkDropRawCode() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        const name = child.type === 'html' ? OPENS.exec((child as Html).value.trim())?.[1] : undefined;
        if (!name) continue;
        const closes = new RegExp(`^</${name}\\s*>$`, 'iu');
        const end = parent.children.findIndex(
          (other, j) => j > i && other.type === 'html' && closes.test((other as Html).value.trim()),
        );
        parent.children.splice(i, (end === -1 ? parent.children.length : end + 1) - i);
        i--;
      }
    });
  };
}
