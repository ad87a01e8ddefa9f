import type { SpeakerKind } from '../quotes/types.ts';

/** What a quote needs for its voice: who said it, or how an unnamed source was described. */
export interface VoicedQuote {
  speaker: { id: string; kind: SpeakerKind } | null;
  attribution: string | null;
}

/** Unique in an article: a person's id, `organisation-<id>`, or `unnamed` / `unattributed`. */
export function voiceKey(quote: VoicedQuote): string {
  if (quote.speaker)
    return quote.speaker.kind === 'person' ? quote.speaker.id : `${quote.speaker.kind}-${quote.speaker.id}`;
  return quote.attribution ? 'unnamed' : 'unattributed';
}

const rank = (quote: VoicedQuote) =>
  quote.speaker ? (quote.speaker.kind === 'person' ? 0 : 1) : quote.attribution ? 2 : 3;

/**
 * The voices of an article in the order the sidebar lists them, which is also how they are
 * numbered in the text: people, then organisations, each in order of first quote, then unnamed
 * sources, then quotes nobody was found for.
 */
export function voiceOrder(quotes: readonly VoicedQuote[]): string[] {
  const first = new Map<string, { rank: number; at: number }>();
  quotes.forEach((quote, at) => {
    const key = voiceKey(quote);
    if (!first.has(key)) first.set(key, { rank: rank(quote), at });
  });
  return [...first].sort(([, a], [, b]) => a.rank - b.rank || a.at - b.at).map(([key]) => key);
}

/** Colours in the stylesheet (`--voice-1` to `--voice-6`, voices-in-text.css), given round by number. */
export const VOICE_COLOURS = 6;

/** The colour of a named voice by its number; unnamed and unattributed voices have none. */
export const voiceColour = (voice: number, named: boolean): number | undefined =>
  named ? ((voice - 1) % VOICE_COLOURS) + 1 : undefined;
