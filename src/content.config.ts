import { defineCollection } from 'astro:content';
import path from 'node:path';
import { markdownFiles } from './loaders/markdown-files.ts';
import { articleSchema } from './schemas/article.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { personSchema } from './schemas/person.ts';
import { buildConfig } from './config/build-config.ts';

/** Read once through the build's settings: `CONTENT_DIR`, or `content/`. */
const contentFolder = buildConfig().CONTENT_DIR;

/** The file name without its extension is the id, and so the URL: `content/articles/foo.md` → `/articles/foo/`. */
const articles = defineCollection({
  loader: markdownFiles({
    folder: path.join(contentFolder, 'articles'),
    render: { worker: new URL('./markdown/render-worker.ts', import.meta.url), contentFolder },
    recursive: true,
  }),
  schema: articleSchema,
});

const people = defineCollection({
  loader: markdownFiles({ folder: path.join(contentFolder, 'people'), render: false, recursive: false }),
  schema: personSchema,
});

const organisations = defineCollection({
  loader: markdownFiles({ folder: path.join(contentFolder, 'organisations'), render: false, recursive: false }),
  schema: organisationSchema,
});

export const collections = { articles, people, organisations };
