import { z } from 'astro/zod';
import { httpUrl } from './http-url.ts';
import { strictObject } from './strict-object.ts';

/**
 * Frontmatter of one speaker in `content/people/<id>.md`; the file name is the id.
 * Only what the articles say about the person belongs here: nothing invented.
 */
export const personSchema = strictObject({
  /** Full name as the articles give it, e.g. "James Dorsey". */
  name: z.string().trim().min(1, 'name must not be empty'),
  /** Other ways articles refer to the person: surname, descriptions ("the King’s College London academic"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Role as the articles describe it, e.g. "Middle East security specialist". */
  role: z.string().trim().min(1).optional(),
  /** Institution as the articles give it, e.g. "King’s College London". */
  affiliation: z.string().trim().min(1).optional(),
  /** A page about the person (absolute URL). */
  url: httpUrl('url', 'a page about the person', 'https://example.org/about').optional(),
});

export type Person = z.infer<typeof personSchema>;
