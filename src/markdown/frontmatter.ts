import type { VFile } from 'vfile';
import { type ArticleComputed, parseComputed } from '../schemas/article-computed.ts';

/**
 * The frontmatter object Astro exposes as `remarkPluginFrontmatter` after `render()`, where the
 * plugins put what they compute so pages read it without parsing the article again.
 */
function astroFrontmatter(file: VFile): Record<string, unknown> {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  return file.data.astro.frontmatter;
}

/** Hands one computed field to the pages, in the shape `articleComputedSchema` reads back. */
export function setComputed<Key extends keyof ArticleComputed>(
  file: VFile,
  key: Key,
  value: ArticleComputed[Key],
): void {
  astroFrontmatter(file)[key] = value;
}

/** What the plugins before this one computed, for a plugin that builds on it. */
export function computedSoFar(file: VFile): ArticleComputed {
  return parseComputed(astroFrontmatter(file), file.path);
}
