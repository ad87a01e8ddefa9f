/**
 * Bad input must stop the build with a message naming the file, the line or field, and what
 * to do, and must leave no site behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempFolder } from '../support/temp-folder.ts';

const goodFrontmatter = '---\ntitle: "A story"\nsource:\n  name: Outlet\n  url: https://example.com/a\n---\n';

/** Builds a one-article corpus in a temporary folder and returns the build's exit status and output. */
function buildCorpus(article: string, env: Record<string, string> = {}) {
  const corpus = tempFolder('bad-input');
  mkdirSync(path.join(corpus, 'articles'));
  mkdirSync(path.join(corpus, 'people'));
  writeFileSync(path.join(corpus, 'articles', 'story.md'), article);
  const outDir = path.join(corpus, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: corpus, OUT_DIR: outDir, ...env },
  });
  return { status: build.status, output: build.stdout + build.stderr, corpus, outDir };
}

it('fails on a misspelled and a missing field, naming both and the file', () => {
  const { status, output, corpus, outDir } = buildCorpus(
    '---\ntitle: "A story"\nsorce:\n  name: Outlet\n  url: https://example.com/a\n---\n\nBody.\n',
  );
  expect(status).not.toBe(0);
  // Outside the project the file is named by its absolute path, wherever the project lives.
  const file = path.join(corpus, 'articles', 'story.md');
  expect(output.split('\n')).toContain(`${file}:1: source is required (a name and a url)`);
  expect(output).toContain(`${file}:3: Unknown field "sorce"`);
  expect(output).toContain('was left as it was');
  expect(existsSync(outDir)).toBe(false);
  expect(existsSync(`${outDir}.staging`)).toBe(false);
});

it('fails on a quote override naming an unknown speaker, with file and line', () => {
  const { status, output, outDir } = buildCorpus(
    `${goodFrontmatter}\nIntro.\n\n“It is over,” one analyst said.<!-- speaker: nobody-known -->\n`,
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(/story\.md:10: The quote override names "nobody-known"/);
  expect(existsSync(outDir)).toBe(false);
});

it('fails in strict mode on speech nobody could be found for, and only then', () => {
  const article = `${goodFrontmatter}\nThe crowd gathered.\n\n“We will not go home until there is justice.” The chant carried.\n`;
  const lenient = buildCorpus(article);
  expect(lenient.status).toBe(0);
  // The server Astro sets up to load the content is no dev server: no word of a dev-mode index.
  expect(lenient.output).not.toContain('No search index yet');
  expect(lenient.output).toMatch(/unattributed at .*story\.md:10/);
  expect(existsSync(path.join(lenient.outDir, 'quotes.json'))).toBe(true);

  const strict = buildCorpus(article, { STRICT_QUOTES: '1' });
  expect(strict.status).not.toBe(0);
  expect(strict.output).toMatch(/Strict quotes: 1 quote\(s\).*\n.*story\.md:10/);
  expect(existsSync(strict.outDir)).toBe(false);
});
