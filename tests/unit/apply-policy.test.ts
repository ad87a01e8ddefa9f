/**
 * The pass that puts the Content-Security-Policy on a built site (`applyContentSecurityPolicy`),
 * run by the headers integration or, for large sites, by scripts/build.ts once Astro has exited.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { applyContentSecurityPolicy, policySummary } from '../../src/integrations/headers.ts';
import { POLICY_PLACEHOLDER } from '../../src/security/content-security-policy.ts';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
}

const page = (head: string, body = '<p>Text</p>') =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

it('puts the policy first in every page’s head, with its inline styles by hash, and completes _headers under the base path', () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'apply-policy-'));
  write('index.html', page('<meta charset="utf-8"><style>body{color:red}</style>'));
  // As the site's layout writes a page: room for the policy, first in the head.
  const withRoom = page(
    `<meta http-equiv="Content-Security-Policy" content="${POLICY_PLACEHOLDER}"><style>body{color:red}</style>`,
    '<script type="application/ld+json">{}</script><p>“Ünïcödé” text</p>',
  );
  write('articles/a/index.html', withRoom);
  write(
    '_headers',
    '# {{content-security-policy}} is filled in\n/*\n  Content-Security-Policy: {{content-security-policy}}\n',
  );

  const policy = applyContentSecurityPolicy(site, '/news/');

  const styleHash = `'sha256-${createHash('sha256').update('body{color:red}').digest('base64')}'`;
  expect(policySummary(policy)).toBe('Content-Security-Policy: 1 inline style(s) by hash, no inline script.');
  for (const file of ['index.html', 'articles/a/index.html']) {
    const html = readFileSync(path.join(site, file), 'utf8');
    const meta =
      /^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="([^"]+)"\s*>/.exec(
        html,
      )?.[1];
    expect(meta).toContain(`style-src 'self' ${styleHash}`);
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // A <meta> policy cannot carry frame-ancestors; the header does.
    expect(meta).not.toContain('frame-ancestors');
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  }
  // The policy was written over the room left for it: same length, rest of the page untouched.
  const filled = readFileSync(path.join(site, 'articles/a/index.html'), 'utf8');
  expect(filled.length).toBe(withRoom.length);
  expect(filled.endsWith('<p>“Ünïcödé” text</p></body></html>')).toBe(true);
  expect(filled).not.toContain('policy-filled-in');
  const headers = readFileSync(path.join(site, '_headers'), 'utf8');
  expect(headers).toContain('/news/*\n');
  expect(headers).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; .*frame-ancestors 'none'/m);
  expect(headers).toContain('# {{content-security-policy}} is filled in');
});

it('refuses a page with an inline script, naming it, and leaves every page as it was', () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'apply-policy-'));
  const clean = page('<style>p{margin:0}</style>');
  write('index.html', clean);
  write('people/x/index.html', page('', '<script>alert(1)</script>'));

  expect(() => applyContentSecurityPolicy(site, '/')).toThrow(
    /^people\/x\/index\.html has an inline <script>, which the Content-Security-Policy refuses/,
  );
  expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe(clean);
});
