import { z } from 'astro/zod';

/**
 * An absolute `http://` or `https://` address. Other schemes (`javascript:`, `data:`, `file:`)
 * would become link targets on the site's pages, so they are refused with the field named.
 */
export function httpUrl(field: string, what: string, example: string) {
  return z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? `${field} is required: ${what}`
        : `${field} must be an absolute http:// or https:// address, e.g. ${example}`,
  });
}
