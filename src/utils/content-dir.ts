import path from 'node:path';

/**
 * Folder the articles and people are read from: `CONTENT_DIR` when set (the benchmark
 * points it at a generated corpus), otherwise the project's own `content/`.
 */
export function contentDir(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}
