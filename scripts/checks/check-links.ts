/**
 * `node scripts/checks/check-links.ts [dist] [base]`: every internal link, asset and
 * `#fragment` of every built page must resolve to a file (and an element id) in the build.
 * Reads files only; no network.
 */
import { fromHtml } from 'hast-util-from-html';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { htmlFiles, readSiteFile, siteFiles } from '../../src/utils/site-files.ts';
import { report } from './report.ts';
import { buildConfig } from '../../src/config/build-config.ts';

const LINK_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'] as const;

interface Page {
  ids: Set<string>;
  links: string[];
}

function readPage(html: string): Page {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    const { id } = node.properties;
    if (typeof id === 'string') ids.add(id);
    for (const attribute of LINK_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push(value);
    }
    const srcset = node.properties['srcSet'];
    if (Array.isArray(srcset)) for (const candidate of srcset) links.push(String(candidate).split(/\s+/)[0]!);
  });
  return { ids, links };
}

/** The file a site path is served from: `/a/` → `a/index.html`, `/a` → `a` or `a/index.html`. */
function fileFor(root: string, sitePath: string): string | undefined {
  const relative = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const candidates =
    relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => {
    const full = path.join(root, candidate);
    return existsSync(full) && statSync(full).isFile();
  });
}

export function checkLinks(root: string, base = '/'): string[] {
  const problems: string[] = [];
  const pages = new Map(htmlFiles(root).map((file) => [file, readPage(readSiteFile(root, file))]));
  const origin = 'http://site.invalid';
  for (const [file, page] of pages) {
    const pageUrl = new URL(`${base.replace(/\/?$/, '/')}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    for (const link of page.links) {
      if (/^(?:mailto|tel|javascript|data):/i.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${file}: ${link} points outside the base path ${base}`);
        continue;
      }
      const target = fileFor(root, url.pathname.slice(base.length));
      if (!target) {
        problems.push(`${file}: ${link} → no file in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html')) {
        if (!pages.get(target)?.ids.has(fragment)) problems.push(`${file}: ${link} → no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  const base = process.argv[3] ?? buildConfig().BASE_PATH;
  const files = siteFiles(root);
  report('Links', checkLinks(root, base.endsWith('/') ? base : `${base}/`), `${files.length} files checked`);
}
