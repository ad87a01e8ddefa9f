/**
 * `npm run bench:cards [-- --cards 40]`: what a link-preview card (SHARE_CARDS=1) costs. Draws
 * `cards` different cards into an empty cache, then asks for the same cards again, and prints
 * milliseconds per card both ways. The first card also pays for loading fonts and warming up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cachedCard } from '../src/share-cards/card-cache.ts';
import type { CardContent } from '../src/share-cards/types.ts';
import { cardFonts } from '../src/share-cards/card-fonts.ts';
import { drawCard } from '../src/share-cards/draw-card.ts';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--cards') + 1] || 40);
const cache = mkdtempSync(path.join(tmpdir(), 'bench-cards-'));
try {
  const cards: CardContent[] = Array.from({ length: count }, (_, i) => ({
    kicker: `Harbour Herald · ${(i % 28) + 1} February 2026`,
    title: `Port strike talks, day ${i + 1}: negotiators trade proposals as the deadline for a deal nears`,
    footer: `Quoted: Maya Lindqvist (${i + 2} quotes), Tomas Brenner (${i + 1}), Owen Hale (1) and ${i} more`,
  }));
  const fonts = cardFonts();
  const timed = async (each: (card: CardContent) => Promise<Buffer>) => {
    const times: number[] = [];
    for (const card of cards) {
      const start = performance.now();
      await each(card);
      times.push(performance.now() - start);
    }
    return times;
  };
  const drawn = await timed((card) => cachedCard(card, (content) => drawCard(content, fonts), cache));
  const hits = await timed((card) => cachedCard(card, () => Promise.reject(new Error('not cached')), cache));
  const median = (times: number[]) => times.toSorted((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(
    JSON.stringify({
      cards: count,
      firstCardMs: Number(drawn[0]!.toFixed(1)),
      drawMsMedian: Number(median(drawn.slice(1)).toFixed(1)),
      cacheHitMsMedian: Number(median(hits).toFixed(2)),
    }),
  );
} finally {
  rmSync(cache, { recursive: true, force: true });
}
