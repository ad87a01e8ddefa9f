/**
 * `npm run dev` serves the search index of the last build, so that search works while writing;
 * a build, which sets up a server of its own to load the content, neither serves nor warns.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { tempFolder } from '../support/temp-folder.ts';

it('serves the last build’s search index under /pagefind/', async () => {
  const out = tempFolder('dev-search');
  mkdirSync(path.join(out, 'pagefind'));
  writeFileSync(path.join(out, 'pagefind', 'pagefind.js'), '// the last build’s index\n');
  const port = spawnSync(process.execPath, ['scripts/free-ports.ts', '1'], { encoding: 'utf8' }).stdout.trim();
  const dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', port],
    {
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/site', OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      // Its own group, so that the server and whatever it started stop together.
      detached: true,
    },
  );
  const exited = new Promise((resolve) => dev.once('exit', resolve));
  onTestFinished(async () => {
    if (dev.exitCode === null && dev.signalCode === null) process.kill(-dev.pid!, 'SIGKILL');
    await exited;
  });
  const index = `http://127.0.0.1:${port}/pagefind/pagefind.js`;
  await expect
    .poll(async () => (await fetch(index).catch(() => undefined))?.status, { timeout: 60_000, interval: 500 })
    .toBe(200);
  expect(await (await fetch(index)).text()).toBe('// the last build’s index\n');
});
