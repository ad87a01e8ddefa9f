import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, type Policy, policyHeader, policyMeta } from '../security/content-security-policy.ts';
import { htmlFiles } from '../utils/site-files.ts';
import { editorError } from '../utils/editor-error.ts';

const HEAD = /<head>([\s\S]*?)<\/head>/;
const STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Inline scripts that would run; JSON-LD and other data blocks are not scripts to a CSP. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/;

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Completes the site's security headers after the build. The Content-Security-Policy allows the
 * inline styles of the pages' `<head>` (the site's own CSS) by hash, and no inline script at
 * all: a page with one fails the build, since only content could have put it there. The policy
 * goes into `_headers` (whose paths also get the base path) and, as the first element of every
 * page's `<head>`, into a `<meta http-equiv>` for hosts that ignore `_headers`.
 */
export function completeHeaders(): AstroIntegration {
  let base = '/';
  let policy: Policy | undefined;
  return {
    name: 'complete-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      // As soon as the pages are written, while the search index reads them (see pagefindIndex).
      'astro:build:generated': ({ dir }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site).map((file) => ({ file, html: readFileSync(path.join(site, file), 'utf8') }));
        const styles = new Set<string>();
        for (const { file, html } of pages) {
          if (INLINE_SCRIPT.test(html)) {
            throw editorError(
              `${file} has an inline <script>, which the Content-Security-Policy refuses: move it into a bundled <script> of an .astro component.`,
            );
          }
          const head = HEAD.exec(html)?.[1] ?? '';
          for (const match of head.matchAll(STYLE)) styles.add(hash(match[1]!));
        }
        policy = contentSecurityPolicy([...styles].sort());
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyMeta(policy))}">`;
        // Each page is replaced whole (a new file renamed over the old), because the search
        // index may be reading the pages meanwhile: it sees one version or the other, never half.
        for (const { file, html } of pages) {
          const target = path.join(site, file);
          writeFileSync(`${target}.csp`, html.replace('<head>', `<head>${meta}`));
          renameSync(`${target}.csp`, target);
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!policy) throw new Error('complete-headers: the pages were never generated.');
        const site = fileURLToPath(dir);
        const headers = path.join(site, '_headers');
        if (existsSync(headers)) {
          const completed = readFileSync(headers, 'utf8')
            .split('\n')
            .map((line) => {
              if (line.startsWith('#')) return line;
              if (line.startsWith('/')) return `${base}${line.slice(1)}`;
              return line.replace('{{content-security-policy}}', policyHeader(policy!));
            })
            .join('\n');
          writeFileSync(headers, completed);
        }
        const styles = policy.find(([directive]) => directive === 'style-src')![1].length - 1;
        logger.info(`Content-Security-Policy: ${styles} inline style(s) by hash, no inline script.`);
      },
    },
  };
}
