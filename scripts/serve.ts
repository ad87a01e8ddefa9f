/**
 * Serves a built folder the way a plain static host does: files only, no rewrites,
 * `index.html` for folders, the nearest `404.html` for anything missing, and the response
 * headers of `_headers` (as Netlify and Cloudflare Pages apply them), so tests see the real CSP.
 *
 * `node scripts/serve.ts [folder] [port]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const folder = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const files = sirv(folder, { dev: false, etag: true, dotfiles: false });

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads every `_headers` file in the folder (the site's, or a sub-path site's below it). */
function readHeaderRules(): HeaderRule[] {
  const candidates = [path.join(folder, '_headers'), ...subfolders().map((dir) => path.join(folder, dir, '_headers'))];
  const rules: HeaderRule[] = [];
  for (const file of candidates.filter((candidate) => existsSync(candidate))) {
    let rule: HeaderRule | undefined;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        rule = { pattern: line.trim(), headers: [] };
        rules.push(rule);
      } else if (rule) {
        const colon = line.indexOf(':');
        rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
      }
    }
  }
  return rules;
}

/** Folders one level down: a site built for /news-reader/ lives in folder/news-reader/. */
function subfolders(): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

const rules = readHeaderRules();

/** Headers of every rule that matches, values of a repeated name joined as hosts do. */
function headersFor(pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*')
      ? pathname.startsWith(rule.pattern.slice(0, -1))
      : pathname === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return headers;
}

/** The nearest `404.html` up the requested path, as GitHub Pages and most hosts pick it. */
function findNotFoundPage(url: string): string | undefined {
  const segments = new URL(url, 'http://localhost').pathname.split('/').filter(Boolean);
  for (let depth = segments.length; depth >= 0; depth--) {
    try {
      return readFileSync(path.join(folder, ...segments.slice(0, depth).map(decodeURIComponent), '404.html'), 'utf8');
    } catch {
      // Not at this level; look one folder up.
    }
  }
  return undefined;
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of headersFor(pathname)) res.setHeader(name, value);
  files(req, res, () => {
    const page = findNotFoundPage(req.url ?? '/');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'Not found');
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), folder) || '.'}/ at http://localhost:${port}/`);
});
