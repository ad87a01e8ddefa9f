import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards } from 'virtual:news-reader/settings';
import { getArticles } from '../../../data/articles.ts';
import { getSpeakers } from '../../../data/speakers.ts';
import { cachedCard } from '../../../share-cards/card-cache.ts';
import { articleShareCard, speakerShareCard } from '../../../share-cards/card-content.ts';
import type { CardContent } from '../../../share-cards/types.ts';

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

// Loaded with the first card drawn: Astro loads every route's module, and the layout engine, the
// image library and the fonts would cost every build, with cards or without.
let drawing: Promise<(content: CardContent) => Promise<Buffer>> | undefined;
const loadDrawing = async () => {
  const [{ drawCard }, { cardFonts }] = await Promise.all([
    import('../../../share-cards/draw-card.ts'),
    import('../../../share-cards/card-fonts.ts'),
  ]);
  const fonts = cardFonts();
  return (content: CardContent) => drawCard(content, fonts);
};

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) => {
  const png = await cachedCard(props.content, async (content) => (await (drawing ??= loadDrawing()))(content));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
