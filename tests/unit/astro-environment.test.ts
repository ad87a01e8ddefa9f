/** The build script, not the caller's environment, decides the variables it owns. */
import { expect, it } from 'vitest';
import { astroEnvironment } from '../../scripts/astro-environment.ts';

it('keeps the caller’s settings and sets the variables the build script owns', () => {
  const env = astroEnvironment(
    { CONTENT_DIR: 'c', SEARCH_INDEX_AFTER_ASTRO: '1', ASTRO_TELEMETRY_DISABLED: '', MIMALLOC_PURGE_DELAY: '500' },
    { indexAfterAstro: false, colour: false },
  );
  expect(env['CONTENT_DIR']).toBe('c');
  // A stray value from a shell would have made a small site wait for Astro to exit.
  expect(env['SEARCH_INDEX_AFTER_ASTRO']).toBeUndefined();
  expect(env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  expect(env['MIMALLOC_PURGE_DELAY']).toBe('0');
  expect(astroEnvironment({}, { indexAfterAstro: true, colour: false })['SEARCH_INDEX_AFTER_ASTRO']).toBe('1');
});

it('asks for colour through the pipe on a terminal, unless the reader chose otherwise', () => {
  expect(astroEnvironment({}, { indexAfterAstro: false, colour: true })['FORCE_COLOR']).toBe('1');
  expect(astroEnvironment({}, { indexAfterAstro: false, colour: false })['FORCE_COLOR']).toBeUndefined();
  expect(astroEnvironment({ NO_COLOR: '1' }, { indexAfterAstro: false, colour: true })['FORCE_COLOR']).toBeUndefined();
  expect(astroEnvironment({ FORCE_COLOR: '0' }, { indexAfterAstro: false, colour: true })['FORCE_COLOR']).toBe('0');
});
