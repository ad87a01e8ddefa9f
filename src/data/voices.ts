import type { SpeakerKind } from '../quotes/types.ts';
import type { ArticleQuote } from './articles.ts';
import { NOT_ATTRIBUTED } from '../utils/quote-parts.ts';
import { voiceKey } from '../utils/voice-order.ts';

/** One group of the "voices in this article" sidebar. */
export interface Voice {
  /** Unique in the article: a person's id, `organisation-<id>`, or `unnamed` / `unattributed`. */
  key: string;
  name: string;
  speakerId: string | undefined;
  /** Person or organisation; undefined for the unnamed and unattributed groups. */
  kind: SpeakerKind | undefined;
  quotes: ArticleQuote[];
  /** Words quoted from this voice, for the share chart. */
  words: number;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Groups an article's quotes by who said them, in order of first appearance; anonymous
 * sources and unattributed quotes come last, each in a group of their own.
 */
export function groupVoices(quotes: readonly ArticleQuote[]): Voice[] {
  const named = new Map<string, Voice>();
  const unnamed: Voice = {
    key: 'unnamed',
    name: 'Unnamed sources',
    speakerId: undefined,
    kind: undefined,
    quotes: [],
    words: 0,
  };
  const unattributed: Voice = {
    key: 'unattributed',
    name: NOT_ATTRIBUTED,
    speakerId: undefined,
    kind: undefined,
    quotes: [],
    words: 0,
  };
  for (const quote of quotes) {
    let voice: Voice;
    if (quote.speaker) {
      const key = voiceKey(quote);
      voice = named.get(key) ?? {
        key,
        name: quote.speaker.name,
        speakerId: quote.speaker.id,
        kind: quote.speaker.kind,
        quotes: [],
        words: 0,
      };
      named.set(key, voice);
    } else {
      voice = quote.attribution ? unnamed : unattributed;
    }
    voice.quotes.push(quote);
    voice.words += countWords(quote.text);
  }
  return [...named.values(), unnamed, unattributed].filter((voice) => voice.quotes.length > 0);
}

/** How many voices an article's card on the home page and its link-preview card name. */
const SHOWN_VOICES = 3;

/**
 * An article's most quoted named voices (by number of quotes, then by first quote), as its card
 * on the home page and its link-preview card name them, and how many named voices are left out.
 */
export function topVoices(quotes: readonly ArticleQuote[], count = SHOWN_VOICES): { top: Voice[]; more: number } {
  const named = groupVoices(quotes).filter((voice) => voice.speakerId && voice.kind);
  const top = named.toSorted((a, b) => b.quotes.length - a.quotes.length).slice(0, count);
  return { top, more: named.length - top.length };
}
