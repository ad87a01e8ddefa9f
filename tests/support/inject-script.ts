/** A script added to a page after it loaded, the way an XSS payload would add one. */
import type { Page } from '@playwright/test';

/**
 * Tries to add an inline script that sets `window[flag]`. Returns whether the page refused it
 * outright (Trusted Types reject the script's text); a script that was added may still be
 * blocked by `script-src`, which the caller checks through the flag.
 */
export function injectScript(page: Page, flag: string): Promise<boolean> {
  return page.evaluate((name) => {
    const script = document.createElement('script');
    try {
      script.textContent = `window.${name} = true`;
    } catch {
      return true;
    }
    document.body.append(script);
    return false;
  }, flag);
}

export const flagOf = (page: Page, flag: string): Promise<unknown> =>
  page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], flag);
