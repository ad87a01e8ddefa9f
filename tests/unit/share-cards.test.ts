/** Link-preview cards (SHARE_CARDS=1): what they say, which text they can draw, and their cache. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Article, ArticleQuote } from '../../src/data/articles.ts';
import { cachedCard, cardKey } from '../../src/share-cards/card-cache.ts';
import { articleShareCard } from '../../src/share-cards/card-content.ts';
import type { CardContent } from '../../src/share-cards/types.ts';
import { cardCanDraw } from '../../src/share-cards/card-design.ts';
import { cardFonts } from '../../src/share-cards/card-fonts.ts';
import { drawCard } from '../../src/share-cards/draw-card.ts';

const quote = (id: string, name: string | null): ArticleQuote => ({
  id,
  text: 'Words.',
  speaker: name ? { id: name.toLowerCase().replace(/ /g, '-'), name, kind: 'person', registered: true } : null,
  attribution: null,
  resolvedBy: name ? 'cue' : 'none',
  speakerResolvedBy: name ? 'name' : null,
  cue: null,
  mention: null,
  line: 1,
  looksLikeSpeech: true,
});

const article = (quotes: ArticleQuote[]) =>
  ({
    id: 'harbour-talks',
    title: 'Harbour talks resume',
    source: { name: 'Harbour Herald', url: 'https://example.org/herald' },
    published: '2026-02-12',
    quotes,
  }) as unknown as Article;

const card: CardContent = { kicker: 'Harbour Herald · 12 February 2026', title: 'Talks resume', footer: 'Quoted: A' };

describe('share cards', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'share-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('an article’s card names its most quoted voices, the first count saying what it counts', () => {
    const quotes = [
      quote('q-1', 'Ana Ruiz'),
      quote('q-2', 'Li Wei'),
      quote('q-3', 'Ana Ruiz'),
      quote('q-4', null),
      quote('q-5', 'Sam Okoro'),
      quote('q-6', 'Jo Park'),
      quote('q-7', 'Li Wei'),
    ];
    const shared = articleShareCard(article(quotes));
    expect(shared).toMatchObject({
      path: '/cards/articles/harbour-talks.png',
      content: {
        kicker: 'Harbour Herald · 12 February 2026',
        title: 'Harbour talks resume',
        footer: 'Quoted: Ana Ruiz (2 quotes), Li Wei (2), Sam Okoro (1) and 1 more',
      },
    });
    expect(shared!.alt).toContain('Harbour talks resume');
  });

  it('draws Latin, Greek and Cyrillic text, and leaves text it would draw as blank boxes to the site’s card', () => {
    expect(cardCanDraw({ ...card, title: 'Łódź, Zürich, São Paulo: “talks” – Αθήνα, Київ' })).toBe(true);
    expect(cardCanDraw({ ...card, footer: 'Quoted: Wang Yi 王毅' })).toBe(false);
    expect(cardCanDraw({ ...card, title: 'محادثات الميناء' })).toBe(false);
    expect(articleShareCard({ ...article([]), title: '港口谈判' } as Article)).toBeUndefined();
  });

  it('draws a 1200×630 PNG', async () => {
    const png = await drawCard(card, cardFonts());
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('draws a card once and reads it back after; any change of text draws it anew', async () => {
    const draw = vi.fn(async () => Buffer.from('png'));
    expect(String(await cachedCard(card, draw, cache))).toBe('png');
    expect(String(await cachedCard(card, draw, cache))).toBe('png');
    expect(draw).toHaveBeenCalledTimes(1);
    await cachedCard({ ...card, footer: 'Quoted: B' }, draw, cache);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(cardKey({ ...card, footer: 'Quoted: B' })).not.toBe(cardKey(card));
    // Written whole: no temporary file is left beside the cards.
    expect(readdirSync(cache).every((file) => file.endsWith('.png'))).toBe(true);
  });
});
