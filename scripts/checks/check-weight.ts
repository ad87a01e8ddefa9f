/**
 * `node scripts/checks/check-weight.ts [dist]`: pages that load in one round trip.
 * - An article page's HTML plus its stylesheets, gzipped, fit TCP's initial window
 *   (RFC 6928: 10 segments of 1,460 bytes = 14,600 bytes).
 * - On article pages, one script at most: the site's shared page script (keyboard shortcuts),
 *   deferred as a module and at most 1 KB gzipped, so reading never waits for it.
 * - No web fonts anywhere; a favicon and a meta description on every page.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { visit } from 'unist-util-visit';
import { htmlFiles, readSiteFile, siteFiles } from '../../src/utils/site-files.ts';
import { report } from './report.ts';

export const INITIAL_WINDOW_BYTES = 14_600;
/** The shared page script's budget, gzipped: it loads on every page. */
export const PAGE_SCRIPT_BYTES = 1_024;

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  file: string;
  bytes: number;
}

export function checkWeight(root: string): { problems: string[]; articles: PageWeight[] } {
  const problems: string[] = [];
  const articles: PageWeight[] = [];
  const fontFiles = siteFiles(root).filter((file) => /\.(?:woff2?|ttf|otf|eot)$/i.test(file));
  for (const font of fontFiles) problems.push(`${font}: web font in the build; the site uses system fonts`);

  for (const file of htmlFiles(root)) {
    const html = readSiteFile(root, file);
    const tree = fromHtml(html);
    const stylesheets: string[] = [];
    const scripts = new Set<string>();
    let hasIcon = false;
    let hasDescription = false;
    visit(tree, 'element', (node) => {
      const rel = node.properties['rel'];
      const rels = Array.isArray(rel) ? rel.map(String) : [];
      if (node.tagName === 'link' && rels.includes('stylesheet')) {
        stylesheets.push(readSiteFile(root, String(node.properties['href']).replace(/^.*?\/_astro\//, '_astro/')));
      }
      if (node.tagName === 'link' && rels.includes('icon')) hasIcon = true;
      if (
        node.tagName === 'meta' &&
        node.properties['name'] === 'description' &&
        String(node.properties['content'] ?? '').trim()
      ) {
        hasDescription = true;
      }
      if (node.tagName === 'style') stylesheets.push(toString(node));
      if (
        node.tagName === 'script' &&
        file.startsWith('articles/') &&
        node.properties['type'] !== 'application/ld+json'
      ) {
        const src = node.properties['src'];
        if (!src || node.properties['type'] !== 'module') {
          problems.push(`${file}: a script that is not a deferred module file on an article page`);
        } else scripts.add(String(src).replace(/^.*?\/_astro\//, '_astro/'));
      }
    });
    for (const css of stylesheets) if (/@font-face/i.test(css)) problems.push(`${file}: @font-face in its CSS`);
    if (!hasIcon) problems.push(`${file}: no <link rel="icon">`);
    if (!hasDescription) problems.push(`${file}: no meta description`);
    if (scripts.size > 1)
      problems.push(`${file}: ${scripts.size} scripts on an article page; one shared script at most`);
    for (const script of scripts) {
      const bytes = gzipped(readSiteFile(root, script));
      if (bytes > PAGE_SCRIPT_BYTES) {
        problems.push(
          `${file}: its script ${script} is ${bytes} bytes gzipped, over the ${PAGE_SCRIPT_BYTES}-byte budget`,
        );
      }
    }
    if (file.startsWith('articles/')) {
      const linked = stylesheets.filter((css) => !html.includes(css));
      const bytes = gzipped(html) + linked.reduce((sum, css) => sum + gzipped(css), 0);
      articles.push({ file, bytes });
      if (bytes > INITIAL_WINDOW_BYTES) {
        problems.push(
          `${file}: ${bytes} bytes gzipped with its CSS, over the ${INITIAL_WINDOW_BYTES}-byte first round trip`,
        );
      }
    }
  }
  return { problems, articles };
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  const { problems, articles } = checkWeight(root);
  const largest = articles.toSorted((a, b) => b.bytes - a.bytes)[0];
  report(
    'Weight',
    problems,
    `${htmlFiles(root).length} pages checked; largest article page ${largest ? `${largest.file} at ${largest.bytes} bytes gzipped` : 'none'} (budget ${INITIAL_WINDOW_BYTES})`,
  );
}
