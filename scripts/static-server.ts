/**
 * A static server that behaves like a plain static host: files only, no rewrites, `index.html`
 * for folders, the nearest `404.html` for anything missing and, when asked, the response
 * headers of `_headers` (as Netlify and Cloudflare Pages apply them), so tests see the real CSP.
 * Without them it stands for a host such as GitHub Pages, where only the pages' `<meta>` CSP
 * protects them.
 *
 * Every request gets an answer: a request line it cannot read is a 400, a path that would leave
 * the folder once decoded is a 400, `_headers` and dot-files are 404s.
 *
 * A build swaps in a new folder under the same name; the server notices the folder changed and
 * reads the new site's files and `_headers`, so `npm run build` beside a running `npm start`
 * needs no restart (a stale policy would refuse the new pages' inline style).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServerOptions {
  folder: string;
  /** Apply the rules of the site's `_headers` file. */
  headers: boolean;
}

/** Pagefind's own binary files: index chunks, fragments, filters, metadata and WebAssembly. */
const PAGEFIND_DATA = /\.(?:pf_[a-z]+|pagefind)$/;

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads every `_headers` file in the folder (the site's, or a sub-path site's below it). */
function readHeaderRules(folder: string): HeaderRule[] {
  const subfolders = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(folder, entry.name, '_headers'));
  const rules: HeaderRule[] = [];
  for (const file of [path.join(folder, '_headers'), ...subfolders].filter((candidate) => existsSync(candidate))) {
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

/** Headers of every rule that matches, values of a repeated name joined as hosts do. */
function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
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

/**
 * The request's path as decoded segments, or why it cannot be served: `bad` for what no file
 * name can be (a request line that is not a path, `%2f` or `..` inside a segment, a NUL byte),
 * `hidden` for what a host does not serve (`_headers`, dot-files).
 */
export function requestSegments(url: string): { segments: string[]; pathname: string } | 'bad' | 'hidden' {
  if (!url.startsWith('/')) return 'bad';
  let pathname: string;
  try {
    pathname = new URL(url, 'http://localhost').pathname;
  } catch {
    return 'bad';
  }
  const segments: string[] = [];
  for (const raw of pathname.split('/').filter(Boolean)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 'bad';
    }
    if (segment === '..' || segment === '.' || /[/\\\0]/.test(segment)) return 'bad';
    if (segment.startsWith('.') || segment === '_headers') return 'hidden';
    segments.push(segment);
  }
  return { segments, pathname };
}

/** The site as one build left it: the folder's identity, its header rules and its files. */
interface ServedSite {
  folderId: string | undefined;
  rules: HeaderRule[];
  files: ReturnType<typeof sirv>;
}

/** Which folder the path names now: a swapped-in build is another folder under the same name. */
function folderId(root: string): string | undefined {
  const stats = statSync(root, { throwIfNoEntry: false });
  return stats ? `${stats.dev}:${stats.ino}` : undefined;
}

function readSite(root: string, headers: boolean): ServedSite {
  return {
    folderId: folderId(root),
    rules: headers && existsSync(root) ? readHeaderRules(root) : [],
    // sirv lists the folder once, which is why a swapped-in build needs a new one.
    files: sirv(root, {
      dev: false,
      etag: true,
      dotfiles: false,
      // Pagefind's index files have no registered type; sent without one, they would get an empty header.
      setHeaders: (res, pathname) => {
        if (PAGEFIND_DATA.test(pathname)) res.setHeader('content-type', 'application/octet-stream');
      },
    }),
  };
}

export function createStaticServer({ folder, headers }: StaticServerOptions): Server {
  const root = path.resolve(folder);
  let site = readSite(root, headers);
  /** The site now in the folder; between a swap's two renames there is none, and the last one serves. */
  const currentSite = (): ServedSite => {
    const id = folderId(root);
    if (id !== undefined && id !== site.folderId) site = readSite(root, headers);
    return site;
  };

  /** The nearest `404.html` up the requested path, as GitHub Pages and most hosts pick it. */
  const notFoundPage = (segments: string[]): string | undefined => {
    for (let depth = segments.length; depth >= 0; depth--) {
      const file = path.join(root, ...segments.slice(0, depth), '404.html');
      if (!file.startsWith(root + path.sep)) continue;
      try {
        return readFileSync(file, 'utf8');
      } catch {
        // Not at this level; look one folder up.
      }
    }
    return undefined;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed');
      return;
    }
    const request = requestSegments(req.url ?? '/');
    if (request === 'bad') {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const segments = request === 'hidden' ? [] : request.segments;
    const { rules, files } = currentSite();
    for (const [name, value] of headersFor(rules, request === 'hidden' ? '/' : request.pathname)) {
      res.setHeader(name, value);
    }
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFoundPage(segments) ?? 'Not found');
    };
    if (request === 'hidden') notFound();
    else files(req, res, notFound);
  };

  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('Bad request');
    }
  }).on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
}
