/**
 * Quote hits against a real Pagefind index, the one `npm run build:e2e` writes for the reader
 * fixture site: Pagefind finds the pages (by its own rules: any order, word forms), and only the
 * quotes holding the whole search are hits. Hand-made locations could not show Pagefind's behaviour.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/static-server.ts';
import type { Pagefind, PagefindModule } from '../../src/search/pagefind-api.ts';
import { parseQuery } from '../../src/search/query.ts';
import { quoteHits } from '../../src/search/quote-hits.ts';
import { builtSite } from '../support/built-site.ts';

let server: Server;
let engine: Pagefind;

beforeAll(async () => {
  const site = builtSite('dist-e2e', 'pagefind/pagefind.js');
  server = createStaticServer({ folder: site, headers: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const module = (await import(path.join(site, 'pagefind', 'pagefind.js'))) as PagefindModule;
  // In Node the bundle cannot tell where it was served from: its files are at basePath.
  engine = module.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/', noWorker: true });
  await engine.init();
});
afterAll(() => {
  server?.closeAllConnections();
  server?.close();
});

/** Every quote hit, by speaker, over every page Pagefind found. */
async function hits(query: string, speakers?: string[]): Promise<string[]> {
  const search = await engine.search(query, speakers ? { filters: { speaker: { any: speakers } } } : {});
  const pages = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return pages.flatMap((page) =>
    quoteHits(page, parseQuery(query), speakers ? new Set(speakers) : undefined).map(
      (hit) => `${hit.speaker}: ${hit.words.map((word) => word.text).join(' ')}`,
    ),
  );
}

describe('quote hits over the built index', () => {
  it('finds pages on words spread over them, and lists only quotes that hold every word', async () => {
    const search = await engine.search('ships table');
    // Pagefind finds the page: "ships" and "table" are both on it, in two quotes.
    expect(search?.results.length).toBeGreaterThan(0);
    expect(await hits('ships table')).toEqual([]);
    expect(await hits('ships table nobody')).toEqual([]);
    expect(await hits('ships rotterdam')).toEqual([
      'Maya Lindqvist: “Every week the ships go to Rotterdam, some of them do not come back,”',
    ]);
  });

  it('keeps to the words of a phrase, together and in order', async () => {
    expect(await hits('"carry it out"')).toEqual([
      'Tomas Brenner: “An ultimatum only works if you are ready to carry it out,”',
    ]);
    expect(await hits('"carry out it"')).toEqual([]);
  });

  it('finds a word’s other forms as Pagefind does for pages, within the quote', async () => {
    expect(await hits('ships', ['Tomas Brenner'])).toEqual([
      'Tomas Brenner: “I would not book a ship into Eastmouth before April,”',
    ]);
  });

  it('lists nothing for a speaker who never said the words, though Pagefind finds their page', async () => {
    expect(
      (await engine.search('lawful dispute', { filters: { speaker: { any: ['Owen Hale'] } } }))?.results.length,
    ).toBeGreaterThan(0);
    expect(await hits('lawful dispute', ['Owen Hale'])).toEqual([]);
    expect(await hits('lawful dispute', ['Priya Raman'])).toHaveLength(1);
  });
});
