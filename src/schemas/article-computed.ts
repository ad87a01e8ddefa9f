import { z } from 'astro/zod';
import type { ArticleQuote } from '../quotes/types.ts';
import { RESOLUTIONS, SKIP_REASONS, SPEAKER_KINDS, SPEAKER_RESOLUTIONS } from '../quotes/types.ts';

/**
 * What the Markdown plugins compute for an article and hand to the pages through the frontmatter
 * Astro keeps with the rendered entry (`remarkPluginFrontmatter`). The plugins write it through
 * `setComputed` (src/markdown/frontmatter.ts), the pages read it through `parseComputed`: one
 * shape, checked once, and no casts on either side.
 */

const speakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  registered: z.boolean(),
  kind: z.enum(SPEAKER_KINDS),
});

/** A quote as `remark-quotes` lists it: `ExtractedQuote` without the positions in the tree. */
export const articleQuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: speakerSchema.nullable(),
  attribution: z.string().nullable(),
  resolvedBy: z.enum(RESOLUTIONS),
  speakerResolvedBy: z.enum(SPEAKER_RESOLUTIONS).nullable(),
  cue: z.string().nullable(),
  mention: z.string().nullable(),
  line: z.number(),
  looksLikeSpeech: z.boolean(),
}) satisfies z.ZodType<ArticleQuote>;

export const articleComputedSchema = z.object({
  /** Every quotation of the body in reading order (remark-quotes). */
  quotes: z.array(articleQuoteSchema).default([]),
  /** Quotation marks that quote nobody, with the reason (remark-quotes). */
  skippedQuotations: z
    .array(z.object({ text: z.string(), reason: z.enum(SKIP_REASONS), line: z.number() }))
    .default([]),
  /** How the article describes speakers the registry does not know, by speaker id (remark-quotes). */
  speakerDescriptions: z.record(z.string(), z.string()).default({}),
  /** Editor mistakes found while extracting, each one line for the build to stop with (remark-quotes). */
  quoteErrors: z.array(z.string()).default([]),
  /** The opening sentences of the first paragraph (remark-excerpt). */
  excerpt: z.string().default(''),
  /** Reading time in whole minutes, at least 1 (remark-reading-time). */
  minutesRead: z.number().int().min(1).default(1),
});

export type ArticleComputed = z.infer<typeof articleComputedSchema>;

/**
 * Reads what the plugins computed from a rendered entry's frontmatter (which also holds the
 * article's own fields, ignored here). A shape the plugins cannot have written is a bug in this
 * project, not an editor's mistake: the error says which article and which field.
 */
export function parseComputed(frontmatter: unknown, article: string): ArticleComputed {
  const parsed = articleComputedSchema.safeParse(frontmatter ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${article}: what the Markdown plugins computed has a bad ${issue.path.join('.')}: ${issue.message}`);
}
