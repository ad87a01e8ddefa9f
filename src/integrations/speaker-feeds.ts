import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuotesFile } from '../data/quotes-file.ts';
import { speakerFeeds } from '../data/speaker-feed.ts';
import { withBase } from '../utils/paths.ts';
import { readSiteFile } from '../utils/site-files.ts';
import { plural } from '../utils/text.ts';

/**
 * Writes every speaker's feed (`/people/<id>/rss.xml`, `/organisations/<id>/rss.xml`) from the
 * built `quotes.json`, once the pages are written. As Astro endpoints, each feed cost Astro's
 * per-page work, a large part of a big site's build; written here in one pass, while the search
 * index is built in Pagefind's process, they cost little (docs/benchmarks.md). `astro dev`
 * serves no feeds.
 */
export function speakerFeedFiles(): AstroIntegration {
  let site = '';
  let writing: Promise<number> | undefined;
  return {
    name: 'speaker-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(withBase('/', config.base), config.site).href;
      },
      'astro:build:generated': ({ dir }) => {
        const root = fileURLToPath(dir);
        const quotes = JSON.parse(readSiteFile(root, 'quotes.json')) as QuotesFile;
        const feeds = speakerFeeds(quotes, site);
        // Written by Node's file threads while this one goes on with the next steps (2,000 small
        // files at 5,000 articles); astro:build:done waits for them, and fails the build if one failed.
        writing = Promise.all(
          feeds.map(async ({ file, xml }) => {
            await mkdir(path.dirname(path.join(root, file)), { recursive: true });
            await writeFile(path.join(root, file), xml);
          }),
        ).then(() => feeds.length);
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) return;
        logger.info(`Wrote ${plural(await writing, 'speaker feed')}.`);
        writing = undefined;
      },
    },
  };
}
