import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardDesign } from './card-design.ts';
import type { CardContent } from './types.ts';

/**
 * Draws a card as a PNG: Satori lays it out as SVG (text as outlines), sharp rasterises it.
 * A 256-colour palette at the least quantising effort: half the bytes of full colour, for a
 * little more time than full colour and much less than the default effort (docs/benchmarks.md).
 */
export async function drawCard(content: CardContent, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(cardDesign(content), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1 }).toBuffer();
}
