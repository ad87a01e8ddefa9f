import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { setComputed } from './frontmatter.ts';

/** Adult silent reading speed for non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 230;

/**
 * Counts the words of the article body and stores the reading time in whole minutes
 * (at least 1) as `minutesRead` in the frontmatter Astro hands to pages.
 *
 * `A body of 460 words.` → `remarkPluginFrontmatter.minutesRead === 2`
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const words = toString(tree).split(/\s+/).filter(Boolean).length;
    setComputed(file, 'minutesRead', Math.max(1, Math.round(words / WORDS_PER_MINUTE)));
  };
}
