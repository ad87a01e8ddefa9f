/**
 * A content loader for a folder of Markdown files, `.md` or `.markdown` in any letter case.
 * Astro's `glob()` loader picks a file's handler by its exact extension, so it skips `Budget.MD`
 * without a word; this one reads every Markdown file, validates its frontmatter with the
 * collection's schema and renders its body with the site's Markdown pipeline (Astro's
 * `renderMarkdown`, or worker threads when there are many: `render-pool.ts`), reusing what it
 * stored while a file's text is unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { filesIn, idFromFileName, MARKDOWN_FILE } from '../utils/markdown-files.ts';
import { createRenderPool, type ImageOptions, renderersFor, type RenderTask } from './render-pool.ts';

export interface MarkdownFilesOptions {
  folder: string;
  /**
   * Articles are rendered; the registry's files are data only. A worker module renders many
   * entries in threads (`render-pool.ts`); it must build the same processor as
   * `markdown.processor`, since a few entries, and `astro dev` edits, use Astro's `renderMarkdown`.
   */
  render: false | { worker: URL; contentFolder: string };
  /** Articles may sit in sub-folders (`articles/2025/x.md` → `/articles/2025/x/`). */
  recursive: boolean;
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  digest: string;
}

/** A file that is new or changed since the last build, with what rendering it needs. */
interface Change extends RenderTask {
  entry: StoredEntry;
  /** The whole file, frontmatter included. */
  text: string;
}

/** The render pool for so many articles, with Astro's settings for Markdown and images. */
function renderPool(
  { worker, contentFolder }: { worker: URL; contentFolder: string },
  { workers, here }: ReturnType<typeof renderersFor>,
  config: LoaderContext['config'],
  renderMarkdown: LoaderContext['renderMarkdown'],
) {
  return createRenderPool<Change>({
    workerFile: worker,
    workers,
    data: {
      contentFolder,
      shared: {
        gfm: config.markdown.gfm !== false,
        image: {
          domains: config.image.domains,
          remotePatterns: config.image.remotePatterns as NonNullable<ImageOptions['remotePatterns']>,
        },
      },
    },
    // Astro's thread renders too unless there is a worker per core (see renderersFor).
    // Astro's renderer reads the frontmatter itself, from the whole file.
    ...(here ? { renderHere: ({ text, fileURL }: Change) => renderMarkdown(text, { fileURL }) } : {}),
  });
}

export function markdownFiles({ folder, render, recursive }: MarkdownFilesOptions): Loader {
  return {
    name: 'markdown-files',
    load: async ({ config, logger, store, parseData, renderMarkdown, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const files = existsSync(folder) ? filesIn(folder, { recursive }).filter((file) => MARKDOWN_FILE.test(file)) : [];
      const ids = new Set<string>();
      const edited: { id: string; filePath: string; text: string; digest: string }[] = [];
      for (const file of files) {
        const id = idFromFileName(file);
        ids.add(id);
        const filePath = path.join(folder, file);
        const text = readFileSync(filePath, 'utf8');
        const digest = generateDigest(text);
        const stored = store.get(id);
        // Unchanged and with no local images to hand to Vite again: what was stored stands.
        if (stored?.digest === digest && !stored.assetImports?.length) continue;
        edited.push({ id, filePath, text, digest });
      }
      // Started before the frontmatter is read and checked: a worker takes about a second to load.
      const pool = render ? renderPool(render, renderersFor(edited.length), config, renderMarkdown) : undefined;
      try {
        const changed: Change[] = [];
        for (const { id, filePath, text, digest } of edited) {
          const { frontmatter, content } = parseFrontmatter(text);
          const data = await parseData({ id, data: frontmatter, filePath });
          const entry = {
            id,
            data,
            body: content,
            filePath: path.relative(root, filePath).split(path.sep).join('/'),
            digest,
          };
          changed.push({ entry, text, body: content, frontmatter, fileURL: pathToFileURL(filePath) });
        }
        if (!pool) {
          for (const { entry } of changed) store.set(entry);
        } else {
          const renders = await Promise.allSettled(changed.map((change) => pool.render(change)));
          // Stored in file order, whichever worker finished first.
          renders.forEach((outcome, index) => {
            const { entry } = changed[index]!;
            if (outcome.status === 'fulfilled') {
              const rendered = outcome.value;
              // Stored without its Markdown: pages read the HTML, and the store is written out and
              // bundled into the build whole, where the Markdown was a sizeable part (docs/benchmarks.md).
              const { body: _markdown, ...stored } = entry;
              store.set({ ...stored, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
            } else {
              // The data layer names the file and fails the build for an article that did not render.
              logger.error(`${entry.filePath}: ${(outcome.reason as Error).message}`);
              store.set(entry);
            }
          });
        }
      } finally {
        await pool?.close();
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}
