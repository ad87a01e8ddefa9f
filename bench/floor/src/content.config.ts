import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import path from 'node:path';

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: path.join(process.env['CONTENT_DIR'] ?? '../../content', 'articles'),
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z.object({ title: z.string() }).loose(),
});

export const collections = { articles };
