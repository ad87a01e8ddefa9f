import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { RegistryEntry, SpeakerKind } from '../quotes/types.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { personSchema } from '../schemas/person.ts';
import { filesIn, idFromFileName, MARKDOWN_FILE } from './markdown-files.ts';
import { editorError } from './editor-error.ts';

/**
 * Reads the registry of speakers for the Markdown pipeline, which runs before Astro's content
 * layer can hand it over: `people/` and `organisations/` under the content folder. Validated
 * with the same schemas as the collections, so an error reads the same wherever it is caught.
 */
export function loadRegistry(contentFolder: string): RegistryEntry[] {
  const people = loadFolder(path.join(contentFolder, 'people'), personSchema, 'person');
  const organisations = loadFolder(path.join(contentFolder, 'organisations'), organisationSchema, 'organisation');
  const ids = new Set(people.map((entry) => entry.id));
  const clash = organisations.find((entry) => ids.has(entry.id));
  if (clash) {
    throw editorError(
      `content/people/${clash.id}.md and content/organisations/${clash.id}.md share the id "${clash.id}". Rename one of the two files.`,
    );
  }
  return [...people, ...organisations];
}

function loadFolder(folder: string, schema: z.ZodType, kind: SpeakerKind): RegistryEntry[] {
  if (!existsSync(folder)) return [];
  return filesIn(folder, { recursive: false })
    .filter((name) => MARKDOWN_FILE.test(name))
    .map((name) => {
      const file = path.join(folder, name);
      const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
      const parsed = schema.safeParse(frontmatter);
      if (!parsed.success) {
        const problems = parsed.error.issues.map(
          (issue) => `  ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`,
        );
        throw editorError(`Invalid ${kind} in ${file}:\n${problems.join('\n')}`);
      }
      const data = parsed.data as Omit<RegistryEntry, 'id' | 'kind'>;
      return { ...data, id: idFromFileName(name), kind };
    });
}
