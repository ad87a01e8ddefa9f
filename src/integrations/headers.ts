import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  type Policy,
  POLICY_PLACEHOLDER,
  policyHeader,
  policyMeta,
} from '../security/content-security-policy.ts';
import { withBase } from '../utils/paths.ts';
import { htmlFiles, readSiteFile } from '../utils/site-files.ts';
import { editorError } from '../utils/editor-error.ts';

const HEAD = /<head>([\s\S]*?)<\/head>/;
const STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Inline scripts that would run; JSON-LD and other data blocks are not scripts to a CSP. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/;

/** How a page whose layout left room for the policy begins (BaseLayout.astro), and where the policy goes. */
const PAGE_START = '<!DOCTYPE html><html lang="en"><head>';
const META_START = '<meta http-equiv="Content-Security-Policy" content="';
const PLACEHOLDER_META = `${META_START}${POLICY_PLACEHOLDER}">`;
const POLICY_OFFSET = PAGE_START.length + META_START.length;

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Completes a built site's security headers. The Content-Security-Policy allows the inline
 * styles of the pages' `<head>` (the site's own CSS) by hash, and no inline script at all: a page
 * with one fails the build, since only content could have put it there. The policy goes into
 * `_headers` (whose paths also get the base path) and, as the first element of every page's
 * `<head>`, into a `<meta http-equiv>` for hosts that ignore `_headers`.
 */
export function applyContentSecurityPolicy(site: string, base: string): Policy {
  const styles = new Set<string>();
  /** Pages whose layout left room for the policy, and any others, kept whole to be rewritten. */
  const withRoom: string[] = [];
  const without: { file: string; html: string }[] = [];
  for (const file of htmlFiles(site)) {
    const html = readSiteFile(site, file);
    if (INLINE_SCRIPT.test(html)) {
      throw editorError(
        `${file} has an inline <script>, which the Content-Security-Policy refuses: move it into a bundled <script> of an .astro component.`,
      );
    }
    const head = HEAD.exec(html)?.[1] ?? '';
    for (const match of head.matchAll(STYLE)) styles.add(hash(match[1]!));
    if (html.startsWith(PAGE_START + PLACEHOLDER_META)) withRoom.push(file);
    else without.push({ file, html });
  }
  const policy = contentSecurityPolicy([...styles].sort());
  const content = escapeAttribute(policyMeta(policy));
  if (content.length > POLICY_PLACEHOLDER.length) {
    throw new Error(
      `The Content-Security-Policy (${content.length} characters) no longer fits the room pages leave for it: make POLICY_PLACEHOLDER in src/security/content-security-policy.ts longer.`,
    );
  }
  // Written over the placeholder and its closing quote, in place: the page keeps its length,
  // its start is ASCII, and the spaces left over fall inside the tag, before its `>`.
  const filled = Buffer.from(`${content}"`.padEnd(POLICY_PLACEHOLDER.length + 1), 'latin1');
  for (const file of withRoom) {
    const page = openSync(path.join(site, file), 'r+');
    try {
      writeSync(page, filled, 0, filled.length, POLICY_OFFSET);
    } finally {
      closeSync(page);
    }
  }
  // A page without room gets the policy as a new first element of its head, and is replaced
  // whole (a new file renamed over the old): the search index, reading the pages meanwhile,
  // sees one version or the other, never half.
  const meta = `${META_START}${content}">`;
  for (const { file, html } of without) {
    const target = path.join(site, file);
    writeFileSync(`${target}.csp`, html.replace('<head>', `<head>${meta}`));
    renameSync(`${target}.csp`, target);
  }
  const headers = path.join(site, '_headers');
  if (existsSync(headers)) {
    const completed = readFileSync(headers, 'utf8')
      .split('\n')
      .map((line) => {
        if (line.startsWith('#')) return line;
        if (line.startsWith('/')) return `${base}${line.slice(1)}`;
        return line.replace('{{content-security-policy}}', policyHeader(policy));
      })
      .join('\n');
    writeFileSync(headers, completed);
  }
  return policy;
}

/** The line a build prints about the policy it applied. */
export function policySummary(policy: Policy): string {
  const styles = policy.find(([directive]) => directive === 'style-src')![1].length - 1;
  return `Content-Security-Policy: ${styles} inline style(s) by hash, no inline script.`;
}

/**
 * Applies the policy (`applyContentSecurityPolicy`) as soon as the pages are written
 * (`astro:build:generated`), while the search index reads them (see pagefindIndex).
 */
export function completeHeaders(): AstroIntegration {
  let base = '/';
  let policy: Policy | undefined;
  return {
    name: 'complete-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
      },
      'astro:build:generated': ({ dir }) => {
        policy = applyContentSecurityPolicy(fileURLToPath(dir), base);
      },
      'astro:build:done': ({ logger }) => {
        if (!policy) throw new Error('complete-headers: the pages were never generated.');
        logger.info(policySummary(policy));
      },
    },
  };
}
