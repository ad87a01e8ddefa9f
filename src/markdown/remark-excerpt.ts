import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { splitSentences } from '../quotes/text/sentences.ts';
import { truncateAtWord } from '../utils/text.ts';
import { setComputed } from './frontmatter.ts';

/** Longest excerpt, in characters, before it stops adding sentences. */
const MAX_LENGTH = 240;

/**
 * Stores the opening sentences of the first paragraph as `excerpt`, for lists and
 * previews of articles whose frontmatter has no `summary`. Whole sentences only, split by the
 * quote extractor's rules (not after `Sen.` or an initial, not at a line break): it never cuts a
 * sentence in the middle unless the first one alone is too long.
 *
 * ```md
 * Sen. Ann Roe spoke first. Second sentence. A third one that would go over the limit…
 * ```
 * → `remarkPluginFrontmatter.excerpt === 'Sen. Ann Roe spoke first. Second sentence.'`
 */
export function remarkExcerpt() {
  return (tree: Root, file: VFile) => {
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    if (!paragraph) return;
    let excerpt = '';
    for (const sentence of splitSentences(toString(paragraph))) {
      if (excerpt && (excerpt + sentence).trim().length > MAX_LENGTH) break;
      excerpt += sentence;
    }
    setComputed(file, 'excerpt', truncateAtWord(excerpt.trim(), MAX_LENGTH));
  };
}
