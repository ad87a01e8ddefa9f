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
 * Completes a built site's security policy once its pages are written: secures any page Astro
 * did not render (one from `public/`, say) as `secure` did the others, counting the styles of
 * pages that have their policy already, then fills in the site's
 * policy in `_headers` (whose paths also get the base path). `rendered` is how many pages were
 * secured as they were rendered: when every HTML file of the site is one of them, no page is read.
 */
export function completeSitePolicy(site: string, base: string, policies: PagePolicies, rendered = 0): Policy {
  const pages = htmlFiles(site);
  if (pages.length > rendered) {
    for (const file of pages) {
      const html = readFileSync(path.join(site, file));
      const secured = policies.secure(html, file);
      if (!secured.equals(html)) writeFileSync(path.join(site, file), secured);
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
  let rendered = 0;
  let policy: Policy | undefined;
  return {
    name: 'complete-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const pages = (policies = pagePolicies());
        rendered = 0;
        setPrerenderer((astros) =>
          transformPages(astros, (html, pathname) => {
            rendered += 1;
            return pages.secure(html, pathname);
          }),
        );
      },
      'astro:build:generated': ({ dir }) => {
        if (!policies) throw new Error('complete-headers: the build never started.');
        policy = completeSitePolicy(fileURLToPath(dir), base, policies, rendered);
      },
      'astro:build:done': ({ logger }) => {
        if (!policy) throw new Error('complete-headers: the pages were never generated.');
        logger.info(policySummary(policy));
      },
    },
  };
}
