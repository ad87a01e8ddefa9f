/**
 * The search integration on its own, with no quotes handed over while pages render: it reads
 * `quotes.json` after the build, and a broken `quotes.json` fails the build with a clear message.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../src/integrations/pagefind.ts';
import { sampleQuotesFile } from '../support/quotes-file.ts';
import { tempFolder } from '../support/temp-folder.ts';

const quotesFile = sampleQuotesFile('/');

/** A built site with one article page and the given `quotes.json`. */
function site(quotes: unknown): string {
  const dir = tempFolder('pagefind-integration');
  mkdirSync(path.join(dir, 'articles', 'talks'), { recursive: true });
  writeFileSync(
    path.join(dir, 'articles', 'talks', 'index.html'),
    '<!doctype html><html lang="en"><head><title>Direct talks</title></head><body>' +
      '<article data-pagefind-body><h1>Direct talks</h1><p>Analysts weighed the talks.</p></article></body></html>',
  );
  writeFileSync(path.join(dir, 'quotes.json'), JSON.stringify(quotes));
  return dir;
}

/** Runs the build hooks the way `astro build` does, without any page handing quotes over. */
async function runBuildHooks(dir: string): Promise<string[]> {
  const { hooks } = pagefindIndex();
  const messages: string[] = [];
  const logger = {
    info: (message: string) => messages.push(message),
    warn: (message: string) => messages.push(message),
  };
  const dirUrl = pathToFileURL(`${dir}/`);
  await hooks['astro:config:done']?.({ config: { base: '/', outDir: dirUrl } } as never);
  await hooks['astro:build:start']?.({ logger } as never);
  await hooks['astro:build:generated']?.({ dir: dirUrl, logger } as never);
  await hooks['astro:build:done']?.({ dir: dirUrl, logger } as never);
  return messages;
}

describe('the Pagefind integration', { timeout: 60_000 }, () => {
  it('reads the quotes from quotes.json when none were handed over', async () => {
    const dir = site(quotesFile);
    const messages = await runBuildHooks(dir);
    expect(messages.join('\n')).toMatch(/Indexed 1 article page and 2 quotes; .* after the pages/);
    expect(readdirSync(path.join(dir, 'pagefind', 'fragment'))).toHaveLength(3);
  });

  it('fails the build, naming the quote, when quotes.json is inconsistent', async () => {
    const dir = site({ ...quotesFile, articles: {} });
    await expect(runBuildHooks(dir)).rejects.toThrow(
      /Search index: quotes.json: quote q-under-the-bus names an unknown article "talks"/,
    );
  });
});
