import { spawnSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

// Ports picked free when the run starts, and handed to the workers (which read this file again)
// through the environment, so they all talk to this run's servers.
process.env['E2E_PORTS'] ??= spawnSync(process.execPath, ['scripts/free-ports.ts', '3'], {
  encoding: 'utf8',
}).stdout.trim();
const [port, subpathPort, fixturePort] = process.env['E2E_PORTS'].split(',').map(Number) as [number, number, number];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    // Debian's Chromium, not a Playwright download: this machine has no internet.
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'root',
      testIgnore: ['subpath/**', 'fixture/**'],
      use: { baseURL: `http://localhost:${port}` },
    },
    {
      // The site built with BASE_PATH=/news-reader, served from the folder above it.
      name: 'subpath',
      testMatch: 'subpath/**/*.spec.ts',
      use: { baseURL: `http://localhost:${subpathPort}` },
    },
    {
      // The site built from the tests' own articles (tests/fixtures/site), whatever content/ holds.
      name: 'fixture',
      testMatch: 'fixture/**/*.spec.ts',
      use: { baseURL: `http://localhost:${fixturePort}` },
    },
  ],
  webServer: [
    { command: `node scripts/serve.ts dist-e2e ${port}`, url: `http://localhost:${port}/`, reuseExistingServer: false },
    {
      command: `node scripts/serve.ts dist-subpath ${subpathPort}`,
      url: `http://localhost:${subpathPort}/news-reader/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts dist-fixture ${fixturePort}`,
      url: `http://localhost:${fixturePort}/`,
      reuseExistingServer: false,
    },
  ],
});
