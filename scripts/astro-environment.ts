/**
 * The environment `scripts/build.ts` starts Astro in: the caller's settings (CONTENT_DIR,
 * BASE_PATH, …) as they are, and the variables the build script decides for itself set by it
 * alone, so a stray one left in a shell or a CI job cannot change how the build runs.
 */

export interface AstroRun {
  /** Whether the build script writes the search index once Astro has exited (large sites). */
  indexAfterAstro: boolean;
  /** Whether the terminal shows colour. */
  colour: boolean;
}

export function astroEnvironment(env: NodeJS.ProcessEnv, { indexAfterAstro, colour }: AstroRun): NodeJS.ProcessEnv {
  const { SEARCH_INDEX_AFTER_ASTRO: _decidedHere, ...given } = env;
  return {
    ...given,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Rolldown's allocator (mimalloc) returns freed memory at once instead of keeping it for
    // reuse: a lower peak on large sites (docs/benchmarks.md).
    MIMALLOC_PURGE_DELAY: '0',
    ...(indexAfterAstro ? { SEARCH_INDEX_AFTER_ASTRO: '1' } : {}),
    // Astro's output goes through a pipe, where it would drop its colours; the reader's own
    // FORCE_COLOR or NO_COLOR still decides.
    ...(colour && given['FORCE_COLOR'] === undefined && given['NO_COLOR'] === undefined ? { FORCE_COLOR: '1' } : {}),
  };
}
