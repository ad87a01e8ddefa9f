/**
 * The README, CONTRIBUTING.md and every page of docs/ point only at what exists: each relative
 * link at a file (and, with `#…`, at a heading of it, slugged as GitHub does), and each
 * `npm run <script>` they name at a script of package.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name)),
];
const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

const parse = (file: string): Root => unified().use(remarkParse).use(remarkGfm).parse(readFileSync(file, 'utf8'));

/** The anchors GitHub gives a Markdown file's headings. */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(file), 'heading', (heading) => void anchors.add(slugger.slug(toString(heading))));
  return anchors;
}

/** Links that do not lead anywhere in the repository, as `page: target`. */
function brokenLinks(page: string): string[] {
  const broken: string[] = [];
  visit(parse(page), (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url;
    if (/^[a-z]+:/i.test(url)) return;
    const [target = '', anchor] = url.split('#');
    const file = target ? path.join(path.dirname(page), decodeURI(target)) : page;
    if (!existsSync(file)) broken.push(`${page}: ${url} (no such file)`);
    else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor))
      broken.push(`${page}: ${url} (no such heading)`);
  });
  return broken;
}

/** Every `npm run <script>` a page names, in its text or its code. */
function scriptsNamed(page: string): string[] {
  const named: string[] = [];
  visit(parse(page), (node) => {
    const text = node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' ? node.value : '';
    for (const match of text.matchAll(/\bnpm run ([a-z][\w:-]*)/g)) named.push(match[1]!);
  });
  return named;
}

describe('the README and docs', () => {
  it('are the pages this test reads', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', path.join('docs', 'quotes.md')]));
    expect(scriptsNamed('README.md')).toContain('build');
  });

  it.each(PAGES)('%s links only to files and headings that exist', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it.each(PAGES)('%s names only npm scripts that exist', (page) => {
    expect(scriptsNamed(page).filter((name) => !(name in scripts))).toEqual([]);
  });

  it('keeps the README short: the rest is in docs/', () => {
    expect(readFileSync('README.md').length).toBeLessThanOrEqual(12 * 1024);
  });
});
