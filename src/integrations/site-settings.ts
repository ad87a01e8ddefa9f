import type { AstroIntegration } from 'astro';

/** What pages may know of the build's settings; everything else stays in the build's tools. */
export interface SiteSettings {
  /** Whether `/cards/…png` link-preview cards are drawn (`SHARE_CARDS=1`). */
  shareCards: boolean;
}

const MODULE_ID = 'virtual:news-reader/settings';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Hands the build's settings to pages as `virtual:news-reader/settings` (as Starlight hands
 * over its configuration), so a page reads them by import, never from the environment or a
 * global: `import { shareCards } from 'virtual:news-reader/settings'`.
 */
export function siteSettings(settings: SiteSettings): AstroIntegration {
  const source = Object.entries(settings)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
  return {
    name: 'site-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-reader-settings',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
