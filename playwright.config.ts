import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399);
const subpathPort = port + 1;
const fixturePort = port + 2;

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
    { command: `node scripts/serve.ts dist ${port}`, url: `http://localhost:${port}/`, reuseExistingServer: false },
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
