/**
 * Wraps a loader so a build computes its result once and every page shares it; in
 * `astro dev` it runs on every request, so edits show without a restart.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    cached ??= load();
    return cached;
  };
}
