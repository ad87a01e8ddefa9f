/**
 * The build's settings, read once from the environment through one schema, so a bad value is
 * reported by name before anything is built: `BASE_PATH=news-reader: must start with "/"`.
 *
 * | variable        | default                 | what it is                                      |
 * | --------------- | ----------------------- | ----------------------------------------------- |
 * | `SITE_URL`      | `http://localhost:4321` | the site's origin, for canonical and feed links |
 * | `BASE_PATH`     | `/`                     | the path the site is served under               |
 * | `CONTENT_DIR`   | `content`               | the folder of articles, people, organisations   |
 * | `OUT_DIR`       | `dist`                  | where the built site goes                       |
 * | `STRICT_QUOTES` | off                     | `1` fails the build on speech nobody is found for |
 * | `SEARCH_INDEX_AFTER_ASTRO_ABOVE` | `2000` | articles above which the index waits for Astro's exit |
 * | `SHARE_CARDS`   | off                     | `1` draws a link-preview card for every article and speaker |
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

/** A switch: `1` or `true` is on; unset, `0` or `false` is off. */
const onOff = () =>
  z
    .enum(['', '0', '1', 'false', 'true'], { error: 'must be 1 (on) or 0 (off)' })
    .default('')
    .transform((value) => value === '1' || value === 'true');

const settings = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// address, e.g. https://example.org' })
    .default('http://localhost:4321'),
  BASE_PATH: z
    .string()
    .regex(/^\//, 'must start with "/", e.g. /news-reader')
    .regex(/^[A-Za-z0-9/._~-]*$/, 'may hold only letters, digits, "/", ".", "_", "~" and "-"')
    .default('/'),
  CONTENT_DIR: z
    .string()
    .default('content')
    .transform((folder) => path.resolve(folder))
    .refine((folder) => existsSync(folder) && statSync(folder).isDirectory(), {
      error: (issue) => `no folder at ${String(issue.input)}: check the path (it holds articles/ and people/)`,
    }),
  OUT_DIR: z
    .string()
    .default('dist')
    .transform((folder) => path.resolve(folder))
    .refine(
      (folder) =>
        !path
          .relative(folder, process.cwd())
          .split(path.sep)
          .every((part) => part !== '..'),
      {
        error: 'must be a folder of its own inside or beside the project, not the project or a folder above it',
      },
    ),
  STRICT_QUOTES: onOff(),
  /**
   * Per-page link-preview cards (`/cards/…png`): off by default, since drawing one costs tens of
   * milliseconds (`npm run bench:cards`); cards are kept between builds by content.
   */
  SHARE_CARDS: onOff(),
  /**
   * With more articles than this, `npm run build` writes the search index once Astro has exited
   * instead of beside its last steps: slower, but the two processes' memory peaks do not add up.
   */
  SEARCH_INDEX_AFTER_ASTRO_ABOVE: z.coerce
    .number({ error: 'must be a whole number of articles, e.g. 2000' })
    .int({ error: 'must be a whole number of articles, e.g. 2000' })
    .min(0, { error: 'must be a whole number of articles, e.g. 2000' })
    .default(2000),
  /**
   * Set by `scripts/build.ts` for the Astro process it starts, not by people: the search index
   * is then written by the build script once Astro has exited, so the two memory peaks do not add up.
   */
  SEARCH_INDEX_AFTER_ASTRO: z
    .enum(['', '1'], { error: 'is set by scripts/build.ts only; unset it' })
    .default('')
    .transform((value) => value === '1'),
});

export type BuildConfig = z.infer<typeof settings>;

/** Every bad setting, one line each, or the settings. Empty variables count as unset. */
export function parseBuildConfig(env: Record<string, string | undefined>): BuildConfig | { problems: string[] } {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = settings.safeParse(given);
  if (parsed.success) return parsed.data;
  return {
    problems: parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${env[name] ?? ''}: ${issue.message}`;
    }),
  };
}

let cached: BuildConfig | undefined;

/** The settings of this process's environment; throws one line per bad value. */
export function buildConfig(): BuildConfig {
  if (cached) return cached;
  const parsed = parseBuildConfig(process.env);
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  cached = parsed;
  return parsed;
}
