import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';

/**
 * Parses an article's raw HTML into elements (`rehype-raw`), so that the sanitiser judges tags,
 * not text. rehype-raw runs the whole page through an HTML parser again, a tenth of an article's
 * render time; most news copy has no raw HTML at all, and then the tree is left as it is.
 *
 * ```md
 * The <abbr title="United Nations">UN</abbr> vote.
 * ```
 * → `<p>The <abbr title="United Nations">UN</abbr> vote.</p>`, with `abbr` an element
 */
export function rehypeRawHtml() {
  const parse = rehypeRaw();
  return (tree: Root, file: Parameters<typeof parse>[1]) => {
    let raw = false;
    visit(tree, 'raw', () => {
      raw = true;
      return EXIT;
    });
    return raw ? parse(tree, file) : tree;
  };
}
