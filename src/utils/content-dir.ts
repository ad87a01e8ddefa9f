import { buildConfig } from '../config/build-config.ts';

/**
 * Folder the articles and people are read from: `CONTENT_DIR` when set (the tests and the
 * benchmark point it at their own content), otherwise the project's own `content/`.
 */
export function contentDir(): string {
  return buildConfig().CONTENT_DIR;
}
