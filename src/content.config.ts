import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { articleSchema } from './schemas/article.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { personSchema } from './schemas/person.ts';

import { contentDir } from './utils/content-dir.ts';

/** The file name without `.md` is the id, and so the URL: `content/articles/foo.md` → `/articles/foo/`. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: path.join(contentDir(), 'articles'), generateId: idFromFileName }),
  schema: articleSchema,
});

const people = defineCollection({
  loader: glob({ pattern: '*.md', base: path.join(contentDir(), 'people'), generateId: idFromFileName }),
  schema: personSchema,
});

const organisations = defineCollection({
  loader: glob({ pattern: '*.md', base: path.join(contentDir(), 'organisations'), generateId: idFromFileName }),
  schema: organisationSchema,
});

export const collections = { articles, people, organisations };
