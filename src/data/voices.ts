import type { ArticleQuote } from './articles.ts';

/** One group of the "voices in this article" sidebar. */
export interface Voice {
  /** The speaker's id, or `unnamed` / `unattributed` for the two groups without one. */
  key: string;
  name: string;
  speakerId: string | undefined;
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
  const unnamed: Voice = { key: 'unnamed', name: 'Unnamed sources', speakerId: undefined, quotes: [], words: 0 };
  const unattributed: Voice = {
    key: 'unattributed',
    name: 'Not attributed',
    speakerId: undefined,
    quotes: [],
    words: 0,
  };
  for (const quote of quotes) {
    let voice: Voice;
    if (quote.speaker) {
      voice = named.get(quote.speaker.id) ?? {
        key: quote.speaker.id,
        name: quote.speaker.name,
        speakerId: quote.speaker.id,
        quotes: [],
        words: 0,
      };
      named.set(quote.speaker.id, voice);
    } else {
      voice = quote.attribution ? unnamed : unattributed;
    }
    voice.quotes.push(quote);
    voice.words += countWords(quote.text);
  }
  return [...named.values(), unnamed, unattributed].filter((voice) => voice.quotes.length > 0);
}
