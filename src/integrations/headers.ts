import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../../scripts/checks/site-files.ts';

const STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Inline scripts that run; JSON-LD and other data blocks are not scripts to a CSP. */
const SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/** The hashes of every distinct inline style and script of the site, each file read once. */
function inlineHashes(site: string): { styles: string[]; scripts: string[] } {
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const file of htmlFiles(site)) {
    const html = readFileSync(path.join(site, file), 'utf8');
    for (const match of html.matchAll(STYLE)) styles.add(match[1]!);
    for (const match of html.matchAll(SCRIPT)) scripts.add(match[1]!);
  }
  const hashes = (contents: Set<string>) => [...new Set([...contents].map(hash))].sort();
  return { styles: hashes(styles), scripts: hashes(scripts) };
}

/**
 * Completes `_headers` after the build: the Content-Security-Policy allows exactly the inline
 * styles (and any inline scripts) the pages contain, by hash, and every rule's path gets the
 * base path, so the strict policy is one the site actually satisfies.
 */
export function completeHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'complete-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const file = path.join(site, '_headers');
        if (!existsSync(file)) return;
        const { styles, scripts } = inlineHashes(site);
        const completed = readFileSync(file, 'utf8')
          .split('\n')
          .map((line) => {
            if (line.startsWith('#')) return line;
            if (line.startsWith('/')) return `${base}${line.slice(1)}`;
            return line
              .replace('{{inline-style-hashes}}', styles.join(' '))
              .replace("script-src 'self'", `script-src 'self'${scripts.map((h) => ` ${h}`).join('')}`);
          })
          .join('\n');
        writeFileSync(file, completed);
        logger.info(
          `_headers: CSP allows ${styles.length} inline style(s) and ${scripts.length} inline script(s) by hash.`,
        );
      },
    },
  };
}
