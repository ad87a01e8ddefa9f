/**
 * `npm run import` on pages shaped like the common publishing systems (tests/fixtures/import/,
 * written in the project's own words): each folder's `page.html` becomes exactly its
 * `expected.md`, with the frontmatter its `case.json` states, none of the furniture it lists,
 * every quotation kept as published, and the speakers the preview will show.
 * `UPDATE_FIXTURES=1` (outside CI) writes `expected.md` after an intended change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFileText } from '../../src/import/article-file.ts';
import { decodePage } from '../../src/import/decode-page.ts';
import { importPage } from '../../src/import/import-page.ts';
import { renderMarkdown } from '../support/markdown.ts';

interface Case {
  about: string;
  url?: string;
  problem?: string;
  frontmatter?: Record<string, unknown>;
  notes?: string[];
  furniture?: string[];
  quotes?: string[];
  speakers?: string[];
}

const root = path.join('tests', 'fixtures', 'import');
const update = Boolean(process.env['UPDATE_FIXTURES']) && !process.env['CI'];
const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());

describe('importing a saved page', () => {
  it('has a fixture of every kind the issue names', () => {
    expect(folders.map((folder) => folder.name).sort()).toEqual(
      ['amp', 'bare', 'link-list', 'newspaper', 'table-and-q', 'windows-1252', 'wire', 'wordpress'].sort(),
    );
  });

  for (const { name } of folders) {
    it(name, () => {
      const folder = path.join(root, name);
      const spec = JSON.parse(readFileSync(path.join(folder, 'case.json'), 'utf8')) as Case;
      const { html } = decodePage(readFileSync(path.join(folder, 'page.html')));
      const imported = importPage({ html, givenUrl: spec.url });
      if (spec.problem) {
        expect(imported.ok).toBe(false);
        if (!imported.ok) expect(imported.problem).toContain(spec.problem);
        return;
      }
      if (!imported.ok) throw new Error(imported.problem);
      expect(imported.frontmatter).toEqual(spec.frontmatter);
      for (const note of spec.notes ?? []) expect(imported.notes.join('\n')).toContain(note);
      for (const piece of spec.furniture ?? []) expect(imported.body, piece).not.toContain(piece);
      for (const quote of spec.quotes ?? []) expect(imported.body).toContain(quote);
      // What the preview and the build will find.
      expect(renderMarkdown(imported.body).quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(spec.speakers);

      const text = articleFileText(imported.frontmatter, imported.body);
      const expectedFile = path.join(folder, 'expected.md');
      if (update) writeFileSync(expectedFile, text);
      if (!existsSync(expectedFile))
        throw new Error(`${expectedFile} is missing: write it with UPDATE_FIXTURES=1 and read it.`);
      expect(text).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
