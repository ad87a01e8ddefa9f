import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { personSchema } from '../schemas/person.ts';
import type { RegistryPerson } from './types.ts';

/**
 * Reads the people registry for the Markdown pipeline, which runs before Astro's content
 * layer can hand it over. Validated with the same schema as the `people` collection, so an
 * error reads the same wherever it is caught.
 */
export function loadPeople(folder: string): RegistryPerson[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
      const parsed = personSchema.safeParse(frontmatter);
      if (!parsed.success) {
        const problems = parsed.error.issues.map(
          (issue) => `  ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`,
        );
        throw new Error(`Invalid person in ${file}:\n${problems.join('\n')}`);
      }
      return { id: name.replace(/\.md$/, ''), ...parsed.data };
    });
}
