import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards } from 'virtual:news-reader/settings';
import { getArticles } from '../../../data/articles.ts';
import { getSpeakers } from '../../../data/speakers.ts';
import { cachedCard } from '../../../share-cards/card-cache.ts';
import { articleShareCard, type CardContent, speakerShareCard } from '../../../share-cards/card-content.ts';
import { cardFonts } from '../../../share-cards/card-fonts.ts';
import { drawCard } from '../../../share-cards/draw-card.ts';

/**
 * `/cards/articles/<id>.png`, `/cards/people/<id>.png`, `/cards/organisations/<id>.png`: each
 * page's link-preview card, drawn only with `SHARE_CARDS=1`; without, or where the card's font
 * cannot draw the text, pages share `/og-image.png`.
 */
export const getStaticPaths = (async () => {
  if (!shareCards) return [];
  const [articles, speakers] = await Promise.all([getArticles(), getSpeakers()]);
  return [...articles.map(articleShareCard), ...speakers.map(speakerShareCard)]
    .filter((card) => card !== undefined)
    .map(({ folder, id, content }) => ({ params: { folder, id }, props: { content } }));
}) satisfies GetStaticPaths;

let fonts: ReturnType<typeof cardFonts> | undefined;

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) => {
  const png = await cachedCard(props.content, (content) => drawCard(content, (fonts ??= cardFonts())));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
