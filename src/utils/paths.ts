/**
 * Prefixes a site path with the configured base (`BASE_PATH`), so every link keeps
 * working when the site is served from a sub-folder.
 *
 * `withBase('/articles/foo/')` → `/news-reader/articles/foo/` when built with `BASE_PATH=/news-reader`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export const articlePath = (id: string) => withBase(`/articles/${id}/`);
