import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { truncateAtWord } from '../utils/text.ts';
import { setComputed } from './frontmatter.ts';

/** Longest excerpt, in characters, before it stops adding sentences. */
const MAX_LENGTH = 240;

/**
 * Stores the opening sentences of the first paragraph as `excerpt`, for lists and
 * previews of articles whose frontmatter has no `summary`. Whole sentences only:
 * it never cuts a sentence in the middle unless the first one alone is too long.
 *
 * ```md
 * First sentence. Second sentence. A third one that would go over the limit…
 * ```
 * → `remarkPluginFrontmatter.excerpt === 'First sentence. Second sentence.'`
 */
export function remarkExcerpt() {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return (tree: Root, file: VFile) => {
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    if (!paragraph) return;
    let excerpt = '';
    for (const { segment } of segmenter.segment(toString(paragraph))) {
      if (excerpt && (excerpt + segment).trim().length > MAX_LENGTH) break;
      excerpt += segment;
    }
    setComputed(file, 'excerpt', truncateAtWord(excerpt.trim(), MAX_LENGTH));
  };
}
