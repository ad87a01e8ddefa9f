import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hash of the source files in the given folders. Passed to the Markdown plugins as an
 * option, it becomes part of Astro's config digest, so editing the quote extractor clears
 * the content cache instead of serving quotes extracted by the old code.
 */
export function sourceDigest(...folders: string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(folder, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
