import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site, as paths relative to its root with forward slashes. */
export function siteFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export const htmlFiles = (root: string) => siteFiles(root).filter((file) => file.endsWith('.html'));

export const readSiteFile = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
