import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { CARD_FONT_SUBSETS, cardFontName } from './card-design.ts';

const require = createRequire(import.meta.url);

/**
 * Source Serif 4 (SIL Open Font License), regular and bold, every script it has: the card's text
 * becomes outlines drawn from these files, so every machine draws the same card whatever fonts
 * it has. WOFF, because Satori reads no WOFF2. See `cardCanDraw` for text in other scripts.
 */
export function cardFonts(): Font[] {
  return CARD_FONT_SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: cardFontName(subset),
      weight,
      style: 'normal' as const,
      data: readFileSync(
        require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
}
