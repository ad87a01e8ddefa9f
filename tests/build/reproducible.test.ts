/** Two builds of the same commit, one from a cold cache, must write byte-identical sites. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { siteFiles } from '../../src/utils/site-files.ts';
import { tempFolder } from '../support/temp-folder.ts';

function build(outDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: outDir },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}

it('writes the same bytes twice', { timeout: 240_000 }, () => {
  const folder = tempFolder('reproducible');
  const first = path.join(folder, 'first');
  const second = path.join(folder, 'second');
  build(first);
  build(second, '--force');
  const files = siteFiles(first);
  expect(siteFiles(second)).toEqual(files);
  const different = files.filter(
    (file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))),
  );
  expect(different).toEqual([]);
  expect(files.length).toBeGreaterThan(40);
});
