import type { Article } from '../data/articles.ts';
import type { Speaker } from '../data/speakers.ts';
import { topVoices } from '../data/voices.ts';
import { formatDate } from '../utils/format-date.ts';
import { withBase } from '../utils/paths.ts';
import { SPEAKER_FOLDERS } from '../utils/quote-links.ts';
import { plural } from '../utils/text.ts';
import { cardCanDraw } from './card-design.ts';
import type { CardContent, ShareCard } from './types.ts';

/** What one link-preview card says, whatever it is drawn for. */
function shareCard(folder: string, id: string, content: CardContent): ShareCard | undefined {
  if (!cardCanDraw(content)) return undefined;
  const alt = `${content.title}. ${content.kicker}. ${content.footer}.`;
  return { folder, id, content, path: withBase(`/cards/${folder}/${id}.png`), alt };
}

/** An article's card: outlet and date, headline, its three most quoted voices. */
export function articleShareCard(article: Article): ShareCard | undefined {
  const { top, more } = topVoices(article.quotes);
  // The first count says what the numbers are: "Ana Ruiz (6 quotes), Li Wei (4)".
  const names = top
    .map(
      (voice, index) => `${voice.name} (${index === 0 ? plural(voice.quotes.length, 'quote') : voice.quotes.length})`,
    )
    .join(', ');
  return shareCard('articles', article.id, {
    kicker: [article.source.name, article.published && formatDate(article.published)].filter(Boolean).join(' · '),
    title: article.title,
    footer:
      top.length === 0
        ? plural(article.quotes.length, 'quote')
        : `Quoted: ${names}${more > 0 ? ` and ${more} more` : ''}`,
  });
}

/** A speaker's card: what they are, their name, how often and where they are quoted. */
export function speakerShareCard(speaker: Speaker): ShareCard | undefined {
  const latest = speaker.byArticle[0]?.article;
  return shareCard(SPEAKER_FOLDERS[speaker.kind], speaker.id, {
    kicker: [speaker.kind === 'person' ? 'Person' : 'Organisation', speaker.description].filter(Boolean).join(' · '),
    title: speaker.name,
    footer: [
      `${plural(speaker.quoteCount, 'quote')} in ${plural(speaker.byArticle.length, 'article')}`,
      latest && `latest in “${latest.title}”`,
    ]
      .filter(Boolean)
      .join(' · '),
  });
}
