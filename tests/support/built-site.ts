/**
 * The sites `npm test` builds before the tests that read them. A test of a build's output fails
 * when that output is missing, naming the command that writes it: skipping would hide the very
 * failure the test exists to catch (a build that wrote nothing).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Output folder → the npm script that writes it. */
export const BUILDS = {
  dist: 'npm run build',
  'dist-e2e': 'npm run build:e2e',
  'dist-subpath/news-reader': 'npm run build:subpath',
  'dist-fixture': 'npm run build:fixture',
} as const;

/** The absolute path of a built site, or an error saying how to build it. */
export function builtSite(folder: keyof typeof BUILDS, file = 'index.html'): string {
  const site = path.resolve(folder);
  if (!existsSync(path.join(site, file))) {
    throw new Error(`${folder}/${file} is missing: build it first with ${BUILDS[folder]}.`);
  }
  return site;
}
