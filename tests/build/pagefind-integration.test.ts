/**
 * The search integration on its own: it indexes the article pages the build wrote, and only
 * them, with each titled element as an anchor.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexArticlePages } from '../../src/integrations/pagefind.ts';
import { tempFolder } from '../support/temp-folder.ts';

function page(dir: string, file: string, body: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(
    path.join(dir, file),
    `<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`,
  );
}

describe('the Pagefind integration', { timeout: 60_000 }, () => {
  it('indexes the article pages only, with each quote span an anchor titled by its speaker', async () => {
    const dir = tempFolder('pagefind-integration');
    page(
      dir,
      'articles/talks/index.html',
      '<article data-pagefind-body><h1>Direct talks</h1><p>Analysts weighed the talks. ' +
        '<span class="quote" id="q-we-will-not-sign" data-pagefind-title="Owen Hale">“We will not sign,”</span> Hale said.</p></article>',
    );
    page(dir, 'people/owen-hale/index.html', '<main data-pagefind-body><h1>Owen Hale</h1></main>');

    const { pages } = await indexArticlePages(dir);
    expect(pages).toBe(1);
    const fragments = readdirSync(path.join(dir, 'pagefind', 'fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(dir, 'pagefind', 'fragment', name)))
            .subarray('pagefind_dcd'.length)
            .toString('utf8'),
        ) as { url: string; anchors: { id: string; title?: string; text: string }[] },
    );
    expect(fragments.map((fragment) => fragment.url)).toEqual(['/articles/talks/']);
    expect(fragments[0]!.anchors).toContainEqual(
      expect.objectContaining({ id: 'q-we-will-not-sign', title: 'Owen Hale', text: '“We will not sign,”' }),
    );
  });
});
