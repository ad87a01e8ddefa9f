/**
 * Where an imported article goes in `content/articles/`, and the check it passes before it is
 * written: an existing file is never overwritten unless the editor says `--force`; a different
 * article whose headline gives the same name gets a numbered one; the text must pass the same
 * content check as a build, or nothing is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { displayPath } from '../../src/utils/display-path.ts';
import { filesIn, idFromFileName, MARKDOWN_FILE } from '../../src/utils/markdown-files.ts';
import { checkContent } from '../check-content.ts';
import { ImportProblem } from './fetch-page.ts';

export interface Placement {
  file: string;
  /** What the editor should know about the name chosen. */
  note?: string;
}

/** The article files already there, by their address in lower case (hosts that ignore case see one). */
function existing(articles: string): Map<string, string> {
  if (!existsSync(articles)) return new Map();
  return new Map(
    filesIn(articles, { recursive: true })
      .filter((file) => MARKDOWN_FILE.test(file))
      .map((file) => [idFromFileName(file).toLowerCase(), path.join(articles, file)]),
  );
}

function sourceUrlOf(file: string): string | undefined {
  try {
    const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
    return (frontmatter['source'] as { url?: string } | undefined)?.url;
  } catch {
    return undefined;
  }
}

export function placeArticle(articles: string, name: string, sourceUrl: string, force: boolean): Placement {
  const files = existing(articles);
  const taken = files.get(name);
  if (!taken || force) return { file: taken ?? path.join(articles, `${name}.md`) };
  if (sourceUrlOf(taken) === sourceUrl) {
    throw new ImportProblem(`is already imported as ${displayPath(taken)}. Add --force to replace it.`);
  }
  let number = 2;
  while (files.has(`${name}-${number}`)) number++;
  const file = path.join(articles, `${name}-${number}.md`);
  return {
    file,
    note: `${displayPath(taken)} holds another article with this headline's name: this one is ${path.basename(file)}.`,
  };
}

/** Writes the article only if it passes the content check on its own, as the build would run it. */
export function writeChecked(file: string, text: string): void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'news-reader-import-'));
  try {
    const candidate = path.join(scratch, 'articles', path.basename(file));
    mkdirSync(path.dirname(candidate), { recursive: true });
    writeFileSync(candidate, text);
    const { problems } = checkContent(scratch);
    if (problems.length > 0) {
      throw new ImportProblem(
        `would not pass the content check, so nothing was written: ${problems[0]!.replace(candidate, path.basename(file))}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
