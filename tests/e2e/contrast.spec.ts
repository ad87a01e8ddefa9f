/**
 * Non-text contrast, which axe does not check (WCAG 1.4.11): every cue that shows who said a
 * quote, or which quote is targeted, is at least 3:1 against what it sits on, and the marker's
 * digits 4.5:1 against the marker, in both colour schemes.
 */
import { expect, type Page, test } from '@playwright/test';

type Rgb = [number, number, number];

const parse = (colour: string): Rgb => {
  const match = /rgba?\((\d+), (\d+), (\d+)/.exec(colour);
  if (!match) throw new Error(`Not an rgb() colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};
const luminance = ([r, g, b]: Rgb) => {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

interface Cue {
  what: string;
  colour: string;
  against: string;
}

/** The cues of an article page, each with the colour it sits on. */
function cuesOf(page: Page): Promise<Cue[]> {
  return page.evaluate(() => {
    const pageBackground = getComputedStyle(document.body).backgroundColor;
    const cues: { what: string; colour: string; against: string }[] = [];
    for (const quote of document.querySelectorAll<HTMLElement>('article .quote')) {
      cues.push({
        what: `underline of ${quote.id}`,
        colour: getComputedStyle(quote).textDecorationColor,
        against: pageBackground,
      });
    }
    for (const marker of document.querySelectorAll<HTMLElement>('.speaker-marker, .voice-number')) {
      const style = getComputedStyle(marker);
      const what = `${marker.className} ${marker.dataset['voice'] ?? marker.textContent}`;
      if (marker.dataset['colour']) {
        cues.push({ what: `${what} fill`, colour: style.backgroundColor, against: pageBackground });
        cues.push({ what: `${what} digits (text)`, colour: style.color, against: style.backgroundColor });
      } else {
        cues.push({ what: `${what} border`, colour: style.borderTopColor, against: pageBackground });
        cues.push({ what: `${what} digits (text)`, colour: style.color, against: pageBackground });
      }
    }
    for (const bar of document.querySelectorAll<SVGElement>('.share-fill')) {
      cues.push({ what: 'share bar', colour: getComputedStyle(bar).fill, against: pageBackground });
    }
    const target = document.querySelector<HTMLElement>('.quote:target');
    if (target)
      cues.push({
        what: 'targeted quote outline',
        colour: getComputedStyle(target).outlineColor,
        against: pageBackground,
      });
    return cues;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`quote cues stand out in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of [
      '/articles/port-strike-talks-stall/#q-an-ultimatum-only-works-if-you',
      '/articles/ministry-mediation-background/',
    ]) {
      await page.goto(path);
      const cues = await cuesOf(page);
      expect(cues.length).toBeGreaterThan(20);
      const failing = cues
        .map((cue) => ({ ...cue, ratio: Number(contrast(cue.colour, cue.against).toFixed(2)) }))
        .filter((cue) => cue.ratio < (cue.what.endsWith('(text)') ? 4.5 : 3));
      expect(failing, path).toEqual([]);
    }
  });
}
