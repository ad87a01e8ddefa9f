import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CARD_DESIGN_VERSION } from './card-design.ts';
import type { CardContent } from './types.ts';

/** Where drawn cards are kept between builds, with the bundler's and Astro's own caches. */
export const CARD_CACHE_DIR = path.join('node_modules', '.cache', 'news-reader', 'share-cards');

/** A card's key: what it says and the design that draws it, so any change draws it anew. */
export const cardKey = (content: CardContent) =>
  createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN_VERSION, content.kicker, content.title, content.footer]))
    .digest('hex')
    .slice(0, 32);

/**
 * A card from the cache, or drawn and kept. Drawing one costs tens of milliseconds, reading it
 * back well under one (`npm run bench:cards`). A card is written whole (a new file renamed into
 * place), so a build stopped half way never leaves half a card for the next one.
 */
export async function cachedCard(
  content: CardContent,
  draw: (content: CardContent) => Promise<Buffer>,
  folder: string = CARD_CACHE_DIR,
): Promise<Buffer> {
  const file = path.join(folder, `${cardKey(content)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await draw(content);
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return png;
}
