/**
 * The site's Content-Security-Policy, in one place for both ways it reaches a browser: the
 * `_headers` file (hosts that read it) and a `<meta http-equiv>` at the top of every page (hosts
 * that do not, such as GitHub Pages). Scripts come only from the site's own files: no inline
 * script is allowed, by hash or otherwise, so nothing an article contains can run. Inline
 * styles are allowed by hash, and the hashes are of the site's own `<head>` styles only.
 */

/** Directives in the order they are written; a directive with no sources stands alone. */
export type Policy = readonly (readonly [directive: string, sources: readonly string[]])[];

export function contentSecurityPolicy(styleHashes: readonly string[]): Policy {
  return [
    ['default-src', ["'self'"]],
    // Pagefind's search runs as WebAssembly; its script is a file of the site like any other.
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'", ...styleHashes]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'none'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    // The search page builds its results with DOM methods; no string ever becomes HTML or script.
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', ["'none'"]],
    // No `upgrade-insecure-requests`: every resource is the site's own already, so it had nothing
    // to upgrade, and on a host serving plain HTTP (an intranet name, a laptop on the local
    // network) it sent every script to https://, which such a host does not answer.
  ];
}

/** Directives a `<meta>` policy cannot carry: browsers ignore them there, and warn. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialise = (policy: Policy) =>
  policy.map(([directive, sources]) => [directive, ...sources].join(' ')).join('; ');

export const policyHeader = (policy: Policy): string => serialise(policy);

export const policyMeta = (policy: Policy): string =>
  serialise(policy.filter(([directive]) => !HEADER_ONLY.has(directive)));

/**
 * What the policy `<meta>` of every page holds until the build fills in the page's own policy
 * (`src/security/page-policy.ts`), as the element after the charset in its `<head>`.
 */
export const POLICY_PLACEHOLDER = 'policy-filled-in-by-the-build';
