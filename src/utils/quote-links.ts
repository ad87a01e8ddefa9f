import type { SpeakerKind } from '../quotes/types.ts';
import { withBase } from './paths.ts';

export const quotePath = (articleId: string, quoteId: string) => withBase(`/articles/${articleId}/#${quoteId}`);

/** The folder of each kind of speaker's pages: people at `/people/<id>/`, organisations at `/organisations/<id>/`. */
export const SPEAKER_FOLDERS: Record<SpeakerKind, string> = { person: 'people', organisation: 'organisations' };

export const speakerPath = (speakerId: string, kind: SpeakerKind = 'person') =>
  withBase(`/${SPEAKER_FOLDERS[kind]}/${speakerId}/`);

/** Text fragments reserve `-`, `,` and `&`; everything else is ordinary URL encoding. */
export const encodeFragmentText = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * A link to the quote in the original article, using a text fragment (`#:~:text=start,end`)
 * so browsers that support it scroll to and highlight the words.
 */
export function originalQuoteUrl(sourceUrl: string, quoteText: string): string {
  const words = quoteText.split(/\s+/).filter(Boolean);
  const directive =
    words.length <= 8
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, 4).join(' '))},${encodeFragmentText(words.slice(-4).join(' '))}`;
  return `${sourceUrl.split('#')[0]}#:~:text=${directive}`;
}

/**
 * A quote as shown on its own, out of its sentence: the comma that led into the attribution
 * (`“…under the bus,” said Quilliam`) is dropped. The data keeps the words as written.
 */
export function standaloneQuote(text: string): string {
  return text.replace(/[,;:]$/u, '');
}
