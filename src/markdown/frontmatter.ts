import type { VFile } from 'vfile';

/**
 * The frontmatter object Astro exposes as `remarkPluginFrontmatter` after `render()`.
 * Plugins add computed fields here so pages read them without parsing the article again.
 */
export function astroFrontmatter(file: VFile): Record<string, unknown> {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  return file.data.astro.frontmatter;
}
