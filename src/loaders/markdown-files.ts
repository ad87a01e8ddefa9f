/**
 * A content loader for a folder of Markdown files, `.md` or `.markdown` in any letter case.
 * Astro's `glob()` loader picks a file's handler by its exact extension, so it skips `Budget.MD`
 * without a word; this one reads every Markdown file, validates its frontmatter with the
 * collection's schema and renders its body with the site's Markdown pipeline (Astro's
 * `renderMarkdown`), reusing what it stored while a file's text is unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { filesIn, idFromFileName, MARKDOWN_FILE } from '../utils/markdown-files.ts';

export interface MarkdownFilesOptions {
  folder: string;
  /** Articles are rendered; the registry's files are data only. */
  render: boolean;
  /** Articles may sit in sub-folders (`articles/2025/x.md` → `/articles/2025/x/`). */
  recursive: boolean;
}

export function markdownFiles({ folder, render, recursive }: MarkdownFilesOptions): Loader {
  return {
    name: 'markdown-files',
    load: async ({ config, logger, store, parseData, renderMarkdown, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const files = existsSync(folder) ? filesIn(folder, { recursive }).filter((file) => MARKDOWN_FILE.test(file)) : [];
      const ids = new Set<string>();
      for (const file of files) {
        const id = idFromFileName(file);
        ids.add(id);
        const filePath = path.join(folder, file);
        const text = readFileSync(filePath, 'utf8');
        const digest = generateDigest(text);
        const stored = store.get(id);
        // Unchanged and with no local images to hand to Vite again: what was stored stands.
        if (stored?.digest === digest && !stored.assetImports?.length) continue;
        const { frontmatter, content } = parseFrontmatter(text);
        const data = await parseData({ id, data: frontmatter, filePath });
        const entry = {
          id,
          data,
          body: content,
          filePath: path.relative(root, filePath).split(path.sep).join('/'),
          digest,
        };
        if (!render) {
          store.set(entry);
          continue;
        }
        try {
          const rendered = await renderMarkdown(text, { fileURL: pathToFileURL(filePath) });
          store.set({ ...entry, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
        } catch (error) {
          // The data layer names the file and fails the build for an article that did not render.
          logger.error(`${entry.filePath}: ${(error as Error).message}`);
          store.set(entry);
        }
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}
