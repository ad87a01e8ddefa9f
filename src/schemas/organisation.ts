import { z } from 'astro/zod';
import { httpUrl } from './http-url.ts';
import { strictObject } from './strict-object.ts';

/**
 * Frontmatter of one organisation in `content/organisations/<id>.md`; the file name is the id
 * and the address of its page (`/organisations/<id>/`). Only what the articles say of it.
 */
export const organisationSchema = strictObject({
  /** The name as the articles give it, e.g. "Park Hills Fire Department". */
  name: z.string().trim().min(1, 'name must not be empty'),
  /** Other names articles use for it: initials ("PHFD"), short forms ("the department"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The organisation's own site (absolute URL). */
  url: httpUrl('url', "the organisation's own site", 'https://example.org/about').optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;
