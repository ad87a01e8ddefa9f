/**
 * Serves a built folder the way a plain static host does: files only, no rewrites,
 * `index.html` for folders and `404.html` for anything missing.
 *
 * `node scripts/serve.ts [folder] [port]`
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const folder = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const files = sirv(folder, { dev: false, etag: true, dotfiles: false });

createServer((req, res) => {
  files(req, res, () => {
    const page = findNotFoundPage(req.url ?? '/');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'Not found');
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), folder) || '.'}/ at http://localhost:${port}/`);
});

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
