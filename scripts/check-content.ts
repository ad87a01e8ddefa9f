/**
 * `npm run check:content` (and the first step of every build): the content folder checked
 * before Astro reads it, each problem one line naming the file, the line or field, and the fix.
 *
 * - at least one article; files in `articles/` that are not Markdown named in one warning
 * - file names that make clean, unique addresses (also on hosts that ignore letter case)
 * - frontmatter that is YAML and fits its schema, with days that exist (`2025-02-30` is not one)
 * - one registry file per person or organisation: no two with the same name, no id in both
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { slug } from 'github-slugger';
import { articleSchema } from '../src/schemas/article.ts';
import { organisationSchema } from '../src/schemas/organisation.ts';
import { personSchema } from '../src/schemas/person.ts';
import { parseDay } from '../src/utils/format-date.ts';
import { filesIn, idFromFileName, MARKDOWN_FILE } from '../src/utils/markdown-files.ts';
import { displayPath } from '../src/utils/display-path.ts';

export interface ContentReport {
  problems: string[];
  warnings: string[];
}

const SAFE_SEGMENT = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/;

/** Checks a content folder: `articles/`, `people/`, `organisations/`. Reads, never writes. */
export function checkContent(folder: string): ContentReport {
  const report: ContentReport = { problems: [], warnings: [] };
  const shown = (file: string) => displayPath(file);
  const articles = path.join(folder, 'articles');
  if (!existsSync(articles)) {
    report.problems.push(
      `${shown(folder)}: no articles/ folder here. Point CONTENT_DIR at the folder that holds articles/ and people/.`,
    );
    return report;
  }
  const all = filesIn(articles, { recursive: true }).filter((file) => !path.basename(file).startsWith('.'));
  const others = all.filter((file) => !MARKDOWN_FILE.test(file));
  if (others.length > 0) {
    report.warnings.push(
      `${shown(articles)}: not read, as they are not Markdown (.md or .markdown): ${others.join(', ')}`,
    );
  }
  const markdown = all.filter((file) => MARKDOWN_FILE.test(file));
  if (markdown.length === 0) {
    report.problems.push(`${shown(articles)}: no articles. Add at least one .md file, or check CONTENT_DIR.`);
  }
  checkAddresses(markdown, articles, 'articles', report, shown);
  for (const file of markdown) checkArticle(path.join(articles, file), report, shown);

  const names: { kind: string; id: string; file: string }[] = [];
  for (const [kind, schema] of [
    ['people', personSchema],
    ['organisations', organisationSchema],
  ] as const) {
    const dir = path.join(folder, kind);
    if (!existsSync(dir)) continue;
    const files = filesIn(dir, { recursive: false }).filter((file) => MARKDOWN_FILE.test(file));
    checkAddresses(files, dir, kind, report, shown);
    const byName = new Map<string, string>();
    for (const file of files) {
      const full = path.join(dir, file);
      const data = checkFrontmatter(full, schema, report, shown);
      names.push({ kind, id: idFromFileName(file), file: full });
      const name = typeof data?.['name'] === 'string' ? data['name'].trim().toLowerCase() : undefined;
      if (!name) continue;
      const first = byName.get(name);
      if (first) {
        report.problems.push(
          `${shown(full)}: has the same name as ${shown(first)} ("${String(data?.['name'])}"). Keep one file per ${kind === 'people' ? 'person' : 'organisation'}: merge the two, or correct the name.`,
        );
      } else byName.set(name, full);
    }
  }
  for (const person of names.filter((entry) => entry.kind === 'people')) {
    const organisation = names.find((entry) => entry.kind === 'organisations' && entry.id === person.id);
    if (organisation) {
      report.problems.push(
        `${shown(person.file)} and ${shown(organisation.file)} share the id "${person.id}". Rename one of the two files.`,
      );
    }
  }
  return report;
}

/** File names are addresses: clean, and distinct even where letter case is not. */
function checkAddresses(
  files: string[],
  dir: string,
  section: string,
  report: ContentReport,
  shown: (file: string) => string,
): void {
  const byAddress = new Map<string, string>();
  for (const file of files) {
    const id = idFromFileName(file);
    if (!id.split('/').every((segment) => SAFE_SEGMENT.test(segment))) {
      const better = id
        .split('/')
        .map((segment) => slug(segment) || 'article')
        .join('/');
      report.problems.push(
        `${shown(path.join(dir, file))}: the file name is the page's address (/${section}/${id}/). Rename it with letters, digits and hyphens only, e.g. ${better}${path.extname(file)}.`,
      );
      continue;
    }
    const key = id.toLowerCase();
    const first = byAddress.get(key);
    if (first) {
      report.problems.push(
        `${shown(path.join(dir, file))} and ${shown(path.join(dir, first))} get the same address (/${section}/${key}/) on hosts that ignore letter case. Rename one.`,
      );
    } else byAddress.set(key, file);
  }
}

function checkArticle(file: string, report: ContentReport, shown: (file: string) => string): void {
  const data = checkFrontmatter(file, articleSchema, report, shown);
  if (!data) return;
  // YAML reads an unquoted 2025-02-30 as 2 March; the day as written is checked here.
  const text = readFileSync(file, 'utf8');
  const written = /^published:[ \t]*['"]?(\d{4}-\d{2}-\d{2})['"]?[ \t]*$/m.exec(frontmatterOf(text));
  if (written) {
    const day = written[1]!;
    if (!dayExists(day)) {
      report.problems.push(
        `${shown(file)}:${lineOf(text, 'published')}: published: ${day} is not a day that exists. Write the day the source gives, as YYYY-MM-DD.`,
      );
    }
  }
}

/** The frontmatter parsed and checked against its schema; the data when it parsed at all. */
function checkFrontmatter(
  file: string,
  schema: z.ZodType,
  report: ContentReport,
  shown: (file: string) => string,
): Record<string, unknown> | undefined {
  const text = readFileSync(file, 'utf8');
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseFrontmatter(text).frontmatter;
  } catch (error) {
    const mark = (error as { mark?: { line: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    // js-yaml counts lines from 0 after the opening ---, which is line 1 of the file.
    const line = mark ? mark.line + 2 : 1;
    report.problems.push(
      `${shown(file)}:${line}: the frontmatter is not valid YAML (${reason}). Check quotes and indentation there.`,
    );
    return undefined;
  }
  const parsed = schema.safeParse(frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
      report.problems.push(`${shown(file)}:${lineOf(text, key)}: ${issue.message}`);
    }
  }
  return frontmatter;
}

/** Whether a YYYY-MM-DD day is in the calendar, by the same rule the pages format days with. */
function dayExists(day: string): boolean {
  try {
    parseDay(day);
    return true;
  } catch {
    return false;
  }
}

const frontmatterOf = (text: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';

/** The line of a top-level frontmatter key (the opening `---` is line 1), or 1 when it is missing. */
function lineOf(text: string, key: string): number {
  if (!key) return 1;
  const lines = frontmatterOf(text).split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 2;
}

if (import.meta.main) {
  const { buildConfig } = await import('../src/config/build-config.ts');
  let folder: string;
  try {
    folder = buildConfig().CONTENT_DIR;
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { problems, warnings } = checkContent(folder);
  for (const warning of warnings) console.warn(`Warning: ${warning}`);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`Content check: ${displayPath(folder)}/ is ready to build.`);
}
