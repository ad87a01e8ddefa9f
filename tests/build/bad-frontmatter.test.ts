/** A bad article must stop the build with a message naming the file and the field, and leave no site behind. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('fails the build on a misspelled and a missing field, naming both and the file', () => {
  const corpus = mkdtempSync(path.join(tmpdir(), 'bad-frontmatter-'));
  mkdirSync(path.join(corpus, 'articles'));
  mkdirSync(path.join(corpus, 'people'));
  writeFileSync(
    path.join(corpus, 'articles', 'misspelled.md'),
    '---\ntitle: "A story"\nsorce:\n  name: Outlet\n  url: https://example.com/a\n---\n\nBody.\n',
  );
  const outDir = path.join(corpus, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: corpus, OUT_DIR: outDir },
  });
  const output = build.stdout + build.stderr;
  expect(build.status).not.toBe(0);
  expect(output).toContain(path.join(corpus, 'articles', 'misspelled.md'));
  expect(output).toContain('Unknown field "sorce"');
  expect(output).toContain('source is required');
  expect(output).toContain('was left as it was');
  expect(existsSync(outDir)).toBe(false);
  expect(existsSync(`${outDir}.staging`)).toBe(false);
});
