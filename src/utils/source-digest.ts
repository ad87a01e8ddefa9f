import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A hash of every file under the given folders, recursively: code and the extractor's word
 * lists alike. Passed to the Markdown plugins as an option, it becomes part of Astro's config
 * digest, so editing the quote extractor (a sieve, a lexicon file) clears the content cache
 * instead of serving quotes extracted by the old code.
 */
export function sourceDigest(...folders: string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      hash.update(path.relative(folder, file).split(path.sep).join('/')).update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    });
}
