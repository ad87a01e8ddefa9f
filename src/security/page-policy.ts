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

/**
 * A handle for one build: `secure` returns a page with its policy in place (or throws, for a
 * page with an inline script), and `sitePolicy` is the policy that allows every page secured.
 */
export function pagePolicies() {
  /** The hash of each inline style seen: the same CSS is in most pages, and hashed once. */
  const styles = new Map<string, string>();
  let secured = 0;
  return {
    /**
     * The page (UTF-8) with its policy after its charset; `page` names it in errors. A page that
     * has its policy already (restored from an earlier build) is returned as it was, its styles
     * counted in the site's policy.
     */
    secure(bytes: Buffer<ArrayBuffer>, page: string): Buffer<ArrayBuffer> {
      secured += 1;
      // Read with one character per byte (latin1): offsets found are offsets in the bytes, and the
      // markup searched for is ASCII, so the page is never decoded and encoded again.
      const text = bytes.toString('latin1');
      if (INLINE_SCRIPT.test(text)) {
        throw editorError(
          `${page} has an inline <script>, which the Content-Security-Policy refuses: move it into a bundled <script> of an .astro component.`,
        );
      }
      const head = HEAD.exec(text);
      const hashes = new Set<string>();
      for (const style of head?.[1]?.matchAll(STYLE) ?? []) {
        const css = style[1]!;
        let hash = styles.get(css);
        if (!hash) {
          const at = head!.index + '<head>'.length + style.index + '<style>'.length;
          hash = `'sha256-${createHash('sha256')
            .update(bytes.subarray(at, at + css.length))
            .digest('base64')}'`;
          styles.set(css, hash);
        }
        hashes.add(hash);
      }
      // Where the policy goes: over the layout's placeholder, or, in a page without one (from
      // public/, or built with NODE_ENV=test), after the charset or first in the head.
      let from = text.indexOf(PLACEHOLDER_META);
      let to = from + PLACEHOLDER_META.length;
      if (from < 0) {
        const start = HEAD_START.exec(text);
        if (!start || head?.[1]?.includes(META_START)) return bytes;
        from = to = start.index + start[0].length;
      }
      const meta = Buffer.from(
        `${META_START}${escapeAttribute(policyMeta(contentSecurityPolicy([...hashes].sort())))}">`,
      );
      return Buffer.concat([bytes.subarray(0, from), meta, bytes.subarray(to)]);
    },
    /** How many pages `secure` has seen. */
    secured: () => secured,
    sitePolicy(): Policy {
      return contentSecurityPolicy([...new Set(styles.values())].sort());
    },
  };
}
