import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` in a child process; a cold build on 2 cores takes seconds.
    testTimeout: 120_000,
    // Fails the run if a test leaves a temporary folder or a process behind.
    globalSetup: ['tests/support/leak-check.ts'],
  },
});
