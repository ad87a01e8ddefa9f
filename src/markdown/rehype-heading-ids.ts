import GithubSlugger, { slug } from 'github-slugger';
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Gives headings ids that begin and end with a letter or digit, so a section heading made of
 * decorated words still has a clean address. Headings that already have an id keep it; Astro's
 * own heading pass then reuses these.
 *
 * ```md
 * ## – ‘Little confidence’ –
 * ```
 * → `<h2 id="little-confidence">– ‘Little confidence’ –</h2>` (not `id="-little-confidence-"`)
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node) => {
      if (!headingRank(node) || node.properties['id']) return;
      const base = slug(toString(node)).replace(/^-+|-+$/g, '') || 'section';
      node.properties['id'] = slugger.slug(base);
    });
  };
}
