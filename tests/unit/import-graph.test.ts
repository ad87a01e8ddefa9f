/**
 * The shape of the code: no file imports itself through others (type-only imports included),
 * imports point one way (nothing in src/ reaches into scripts/, bench/ or tests/), and no
 * TypeScript file in src/ grows past 400 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['src', 'scripts', 'bench'];
const MAX_LINES = 400;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The code of a file that can import: all of a .ts file, an .astro file's frontmatter and scripts. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Each file's relative imports, resolved to files: static, type-only, re-exports and dynamic. */
function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      ts
        .preProcessFile(codeOf(file), true, true)
        .importedFiles.map(({ fileName }) => fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => path.join(path.dirname(file), name)),
    ]),
  );
}

/** Every circle of imports, each as the files around it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph', () => {
  const files = FOLDERS.flatMap(filesUnder);
  const graph = importGraph(files);

  it('reads the imports of every file', () => {
    expect(graph.get(path.join('src', 'quotes', 'index.ts'))).toContain(path.join('src', 'quotes', 'stages.ts'));
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'a']]);
  });

  it('has no circle, type-only imports included', () => {
    expect(circles(graph).map((circle) => circle.join(' → '))).toEqual([]);
  });

  it('points one way: nothing in src/ imports scripts/, bench/ or tests/', () => {
    const backwards = [...graph]
      .filter(([file]) => file.startsWith(`src${path.sep}`))
      .flatMap(([file, imports]) =>
        imports.filter((target) => !target.startsWith(`src${path.sep}`)).map((target) => `${file} → ${target}`),
      );
    expect(backwards).toEqual([]);
  });

  it(`keeps every TypeScript file in src/ within ${MAX_LINES} lines`, () => {
    const long = files
      .filter((file) => file.startsWith(`src${path.sep}`) && file.endsWith('.ts'))
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
