import type { CardContent } from './types.ts';
import { truncateAtWord } from '../utils/text.ts';

/** Link previews (Open Graph, X) show 1200×630 at 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Part of every cached card's key: change it whenever the drawing below changes. */
export const CARD_DESIGN_VERSION = 1;
/** The scripts of Source Serif 4, one font file each per weight (see card-fonts.ts). */
export const CARD_FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'] as const;
/**
 * Each subset is a font of its own name, listed as fallbacks in order: under one shared name,
 * Satori drew the first file's blank box for a letter only a later file has (Ł, ł).
 */
export const cardFontName = (subset: (typeof CARD_FONT_SUBSETS)[number]) => `Source Serif 4 ${subset}`;
const FONT_FAMILY = CARD_FONT_SUBSETS.map((subset) => `"${cardFontName(subset)}"`).join(', ');

/**
 * Letters and punctuation those scripts cover (Latin with its extensions and Vietnamese, Greek,
 * Cyrillic, general punctuation, currency and letter-like signs), and combining accents.
 */
const DRAWABLE =
  /^(?:[\s\u0020-\u02FF\u0370-\u03FF\u0400-\u052F\u1C80-\u1C8A\u1D00-\u1DBF\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u2190-\u2193\u2212\u2215\u2C60-\u2C7F\uA640-\uA66E\uA67E-\uA69D\uA720-\uA7FF]|\p{M})*$/u;

/**
 * Whether the card's font can draw all its text. A page whose card would show blank boxes
 * (a headline in Arabic, a name in Chinese) keeps the site's card instead.
 */
export const cardCanDraw = (content: CardContent): boolean =>
  DRAWABLE.test(`${content.kicker}${content.title}${content.footer}`);

/** The element tree Satori lays out: a subset of HTML and CSS flexbox. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const box = (style: CardNode['props']['style'], children: string | CardNode[]): CardNode => ({
  type: 'div',
  props: { style, children },
});

// The site's light scheme (src/styles/global.css): page, text, muted text, accent.
const PAGE = '#fdfcf9';
const TEXT = '#1d1d1f';
const MUTED = '#55565b';
const ACCENT = '#0b5cad';

/**
 * A card as the site's pages look: the site's name in its accent colour, the kicker, the title
 * in large type (long headlines cut at a word, so three lines at most), and the footer under a rule.
 *
 * `{ kicker: 'Reuters · 7 March 2025', title: 'Envoy meets…', footer: 'Quoted: …' }` →
 * `div(NEWS ANALYSIS READER) div(Reuters · 7 March 2025) div(Envoy meets…) div(Quoted: …)`
 */
export function cardDesign(content: CardContent): CardNode {
  const title = truncateAtWord(content.title, 90);
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: PAGE,
      fontFamily: FONT_FAMILY,
    },
    [
      box({ height: 16, background: ACCENT }, []),
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 56px', color: TEXT }, [
        box({ fontSize: 28, fontWeight: 700, color: ACCENT, letterSpacing: 2 }, 'NEWS ANALYSIS READER'),
        box({ marginTop: 28, fontSize: 30, color: MUTED }, truncateAtWord(content.kicker, 70)),
        box(
          { marginTop: 12, fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.15, flexGrow: 1 },
          title,
        ),
        box({ borderTop: `2px solid ${MUTED}`, paddingTop: 20, fontSize: 30 }, truncateAtWord(content.footer, 100)),
      ]),
    ],
  );
}
