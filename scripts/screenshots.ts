/**
 * `npm run screenshots -- [path …]`: screenshots of the built site at 375 px and 1280 px,
 * light and dark, into `screenshots/`, for a person to look at before a change lands.
 * Expects the site served on port 4321 (`npm start`).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';

const base = process.env['SCREENSHOT_BASE'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
mkdirSync('screenshots', { recursive: true });

const browser = await launchChromium();
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of paths) {
        await page.goto(new URL(path, base).href);
        // Let client-side work (search results) finish before the picture.
        await page.waitForLoadState('networkidle');
        const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        await page.screenshot({ path: `screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots of ${paths.length} page(s) written to screenshots/`);
