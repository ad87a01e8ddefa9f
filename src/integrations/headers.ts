import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Policy, policyHeader } from '../security/content-security-policy.ts';
import { pagePolicies } from '../security/page-policy.ts';
import { withBase } from '../utils/paths.ts';
import { htmlFiles } from '../utils/site-files.ts';
import { transformPages } from './page-transform.ts';

type PagePolicies = ReturnType<typeof pagePolicies>;

/**
 * Completes a built site's security policy once its pages are written. When the site holds more
 * HTML files than `policies` secured as Astro rendered them (one from `public/`, say), it reads
 * them all, securing those without a policy and counting the styles of the others. Then it fills
 * in the site's policy in `_headers`, whose paths also get the base path.
 */
export function completeSitePolicy(site: string, base: string, policies: PagePolicies): Policy {
  const pages = htmlFiles(site);
  if (pages.length > policies.secured()) {
    for (const file of pages) {
      const html = readFileSync(path.join(site, file));
      const secured = policies.secure(html, file);
      if (secured !== html) writeFileSync(path.join(site, file), secured);
    }
  }
  const policy = policies.sitePolicy();
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
 * Puts the Content-Security-Policy on every page as Astro renders it (`src/security/page-policy.ts`),
 * so the build never reads its pages back, and completes `_headers` once they are written.
 */
export function completeHeaders(): AstroIntegration {
  let base = '/';
  let policies: PagePolicies | undefined;
  let policy: Policy | undefined;
  return {
    name: 'complete-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const pages = (policies = pagePolicies());
        setPrerenderer((astros) => transformPages(astros, pages.secure));
      },
      'astro:build:generated': ({ dir }) => {
        if (!policies) throw new Error('complete-headers: the build never started.');
        policy = completeSitePolicy(fileURLToPath(dir), base, policies);
      },
      'astro:build:done': ({ logger }) => {
        if (!policy) throw new Error('complete-headers: the pages were never generated.');
        logger.info(policySummary(policy));
      },
    },
  };
}
