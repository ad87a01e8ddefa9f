import { z } from 'astro/zod';
import { httpUrl } from './http-url.ts';
import { required, strictObject } from './strict-object.ts';

/**
 * A calendar day, written unquoted in YAML (`2025-03-06`) or as a string.
 *
 * YAML turns an unquoted date into a `Date` at UTC midnight; keeping the day as a
 * `YYYY-MM-DD` string from here on means no time zone can move it to the day before.
 */
const dayMessage = 'must be a calendar day written as YYYY-MM-DD, e.g. 2025-03-06';
export const calendarDay = z
  .union([z.date({ error: dayMessage }), z.iso.date({ error: dayMessage })], { error: dayMessage })
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** Frontmatter of one article in `content/articles/`. Unknown keys are errors, so a typo never passes silently. */
export const articleSchema = strictObject({
  /** Headline shown on the page and in lists. */
  title: z
    .string({ error: required('title', 'text') })
    .trim()
    .min(1, 'title must not be empty'),
  /** Where the article was first published. */
  source: strictObject(
    {
      /** The outlet, e.g. "News.Az". Used as the `source` search filter. */
      name: z
        .string({ error: required('source.name', 'text') })
        .trim()
        .min(1, 'source.name must not be empty'),
      /** Absolute address of the original article. */
      url: httpUrl('source.url', 'the address of the original article', 'https://example.com/story'),
    },
    { error: required('source', 'a name and a url') },
  ),
  /** Day of publication, only when the source states it. Never guess it: undated articles are shown as such. */
  published: calendarDay.optional(),
  /** One or two sentences for lists and previews. Without it the article's first sentences are used. */
  summary: z.string().trim().min(1).optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
