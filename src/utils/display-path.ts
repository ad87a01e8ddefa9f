import path from 'node:path';

/**
 * A path as messages show it: relative to the project when inside it (`content/articles/x.md`),
 * absolute otherwise, since `../../tmp/corpus/x.md` is harder to find than `/tmp/corpus/x.md`.
 */
export function displayPath(file: string, from: string = process.cwd()): string {
  const relative = path.relative(from, file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
