/**
 * Which files are content: Markdown, `.md` or `.markdown` in any letter case. The file name
 * without its extension is the entry's id and so its address: `articles/budget.MD` →
 * `/articles/budget/`. Shared by the loader, the registry and the content check.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

export const idFromFileName = (file: string): string => file.replace(MARKDOWN_FILE, '');

/** Every file under `folder` (recursively, or only at its top), relative to it with `/`, sorted. */
export function filesIn(folder: string, options: { recursive: boolean }): string[] {
  return readdirSync(folder, { recursive: options.recursive, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
