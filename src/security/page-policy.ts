/**
 * Each page's Content-Security-Policy, from its own HTML, and the site's, from all of them.
 * A page's policy allows the inline styles of its `<head>` (the site's own CSS) by hash, and no
 * inline script at all: a page with one is refused, since only content could have put it there.
 * The policy goes into the `<meta http-equiv>` the layout leaves in every page's head, after
 * the charset; the site's policy, for `_headers`, allows every page's styles.
 */
import { createHash } from 'node:crypto';
import { editorError } from '../utils/editor-error.ts';
import { contentSecurityPolicy, type Policy, POLICY_PLACEHOLDER, policyMeta } from './content-security-policy.ts';

const HEAD = /<head>([\s\S]*?)<\/head>/;
const HEAD_START = /<head>(?:<meta charset="[^"]*">)?/;
const STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Inline scripts that would run; JSON-LD and other data blocks are not scripts to a CSP. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/;

const META_START = '<meta http-equiv="Content-Security-Policy" content="';
/** What the layout (BaseLayout.astro) leaves where the policy goes. */
export const PLACEHOLDER_META = `${META_START}${POLICY_PLACEHOLDER}">`;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Whether a page already carries a policy `<meta>` (a page this build has secured). */
export const hasPolicy = (html: string) =>
  (HEAD.exec(html)?.[1] ?? '').includes(META_START) && !html.includes(PLACEHOLDER_META);

/**
 * A handle for one build: `secure` returns a page with its policy in place (or throws, for a
 * page with an inline script), and `sitePolicy` is the policy that allows every page secured.
 */
export function pagePolicies() {
  /** The hash of each inline style seen: the same CSS is in most pages, and hashed once. */
  const styles = new Map<string, string>();
  const hash = (css: string) => {
    let known = styles.get(css);
    if (!known) {
      known = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
      styles.set(css, known);
    }
    return known;
  };
  return {
    /** The page with its policy first in its head (after the charset); `page` names it in errors. */
    secure(html: string, page: string): string {
      if (INLINE_SCRIPT.test(html)) {
        throw editorError(
          `${page} has an inline <script>, which the Content-Security-Policy refuses: move it into a bundled <script> of an .astro component.`,
        );
      }
      const head = HEAD.exec(html)?.[1] ?? '';
      const hashes = [...new Set([...head.matchAll(STYLE)].map((match) => hash(match[1]!)))].sort();
      const meta = `${META_START}${escapeAttribute(policyMeta(contentSecurityPolicy(hashes)))}">`;
      // A page without the layout's placeholder (from public/, or built with NODE_ENV=test) gets
      // the policy after its charset, or first in its head.
      return html.includes(PLACEHOLDER_META)
        ? html.replace(PLACEHOLDER_META, () => meta)
        : html.replace(HEAD_START, (start) => `${start}${meta}`);
    },
    sitePolicy(): Policy {
      return contentSecurityPolicy([...new Set(styles.values())].sort());
    },
  };
}
