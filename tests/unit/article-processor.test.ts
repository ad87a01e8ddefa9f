/**
 * The article processor is Astro's `unified` processor without its last raw-HTML pass
 * (src/markdown/article-processor.ts): it must give the same HTML and metadata as Astro's, for
 * ordinary copy, hostile raw HTML, and articles with images Astro processes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { afterAll, expect, it } from 'vitest';
import { ARTICLE_RENDERER_OPTIONS, articleProcessor } from '../../src/markdown/article-processor.ts';
import { articleRehypePlugins, articleRemarkPlugins } from '../../src/markdown/pipeline.ts';
import { loadRegistry } from '../../src/utils/load-registry.ts';

const SHARED = { ...ARTICLE_RENDERER_OPTIONS, gfm: true, image: {} };

/** Astro's own processor with the same plugins: what the article processor must match. */
const astroRenderer = (folder: string) =>
  unified({
    smartypants: false,
    remarkPlugins: articleRemarkPlugins({ registry: loadRegistry(folder), pipeline: 'test' }),
    rehypePlugins: articleRehypePlugins,
  }).createRenderer(SHARED);

async function compare(folder: string) {
  const [astro, ours] = await Promise.all([astroRenderer(folder), articleProcessor(folder).createRenderer(SHARED)]);
  const results = [];
  for (const name of readdirSync(path.join(folder, 'articles'))) {
    const file = path.join(folder, 'articles', name);
    const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
    const render = (renderer: typeof ours) =>
      renderer.render(content, { frontmatter: structuredClone(frontmatter), fileURL: pathToFileURL(file) });
    const [expected, actual] = await Promise.all([render(astro), render(ours)]);
    // The pipeline digest differs by design (the test names its own); the rest must not.
    delete expected.metadata.frontmatter['pipeline'];
    delete actual.metadata.frontmatter['pipeline'];
    results.push({ name, expected, actual });
  }
  return results;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'article-processor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it.each(['tests/fixtures/reader', 'tests/fixtures/hostile'])(
  'renders the articles of %s exactly as Astro’s unified processor does',
  async (folder) => {
    const results = await compare(folder);
    expect(results.length).toBeGreaterThan(0);
    for (const { name, expected, actual } of results) {
      expect(actual.code, name).toBe(expected.code);
      expect(actual.metadata, name).toEqual(expected.metadata);
    }
  },
);

it('hands an article with an image Astro processes to Astro’s renderer, and keeps raw HTML parsed and cleaned', async () => {
  mkdirSync(path.join(scratch, 'articles'));
  writeFileSync(
    path.join(scratch, 'articles', 'with-image.md'),
    [
      '---',
      'title: A picture',
      '---',
      '',
      'The mayor said “the bridge opens in May,” and smiled. <b onclick="x()">Bold</b><script>alert(1)</script>',
      '',
      '![The bridge](./bridge.jpg)',
      '',
      '<table><tr><td>5</td></tr></table>',
      '',
    ].join('\n'),
  );
  const [result] = await compare(scratch);
  const { expected, actual } = result!;
  expect(actual.metadata.localImagePaths).toEqual(['./bridge.jpg']);
  expect(actual.code).toContain('__ASTRO_IMAGE_');
  expect(actual.code).toBe(expected.code);
  expect(actual.code).toContain('<b>Bold</b>');
  expect(actual.code).not.toContain('script');
  expect(actual.code).toContain('<table><tbody><tr><td>5</td></tr></tbody></table>');
});
