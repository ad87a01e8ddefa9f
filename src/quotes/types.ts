/** A block of running text from an article: a paragraph, a list item's paragraph or a block quote's. */
export interface TextBlock {
  /** The block's text, inline formatting flattened away. */
  text: string;
  /** 1-based line of the block's start in the Markdown file. */
  line: number;
  /** Editorial overrides written as HTML comments inside or after the block, at their text offset. */
  overrides: Override[];
  /**
   * Headings are read for who speaks next (the interviewee a Q&A names, a live blog's time
   * stamps that end a run of quotes) but are never searched for quotes. Default `paragraph`.
   */
  kind?: 'paragraph' | 'heading';
}

/** `<!-- speaker: james-dorsey -->`: forces the speaker of the quotation just before it. */
export interface Override {
  offset: number;
  line: number;
  /** A people id, or `none` (keep unattributed on purpose), or `not-a-quote`. */
  value: string;
}

/** Where a quotation sits: its block and the offsets of its opening and closing marks (end exclusive). */
export interface Segment {
  block: number;
  start: number;
  end: number;
}

/**
 * The sieve that decided who a quote's speaker is, kept in the data so editors can audit it.
 * docs/quotes.md documents each (the `quotes.json` table); the order here is the order they run in.
 */
export const RESOLUTIONS = [
  'override', // an editor's `<!-- speaker: … -->`
  'cue', // a speech verb next to the quote, in its sentence, names the speaker
  'lead-in', // the paragraph before ends by introducing it: `Moss said:`, `…, saying:`
  'following-sentence', // the sentence right after names who spoke: `“…?” Chavan asked.`
  'continuation', // the quote carries on from the same speaker's previous quote
  'round-up', // a line after the quote names its speaker without a verb: `— Ana Ruiz, after the final`
  'conversation', // a Q&A answer: the heading or the lead line names who answers
  'introduction', // the sentence right before the quote puts its speaker forward
  'closest-mention', // last resort: the one person the quote's sentence names; listed in the build report
  'none',
] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * The mention→speaker sieve that decided which cast member the quote's mention refers to, kept
 * beside `Resolution`; `override` for an editor's override. The order here is the order they run in.
 */
export const SPEAKER_RESOLUTIONS = [
  'override',
  'name', // the cast member the name was linked to: `Moss`, `Ms Moss` → Jane Moss
  'pronoun', // `he`, `she`: the person put forward whose gender agrees; `it`: the organisation
  'description', // the person the text described with the same words: `the foreign minister`
  'spokesperson', // `a spokesperson for Acme` → Acme, the attribution kept
  'organisation', // `the ministry`, `the statement` → the organisation (or issuer) named before
  'named-later', // `A federal judge …`, then `Judge Patricia Mendez`
  'epithet', // `the City boss`: the person put forward whom the description fits
  'unnamed', // an unnamed source, kept as described
] as const;
export type SpeakerResolution = (typeof SPEAKER_RESOLUTIONS)[number];

/** What a speaker is: a person, or an organisation speaking in its own name (a ministry's statement). */
export const SPEAKER_KINDS = ['person', 'organisation'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** A speaker as an article names them, resolved against the registry where possible. */
export interface SpeakerRef {
  /** Registry id, or the slug of the name when the person is not in the registry. */
  id: string;
  name: string;
  /** True when `content/people/<id>.md` (or `content/organisations/<id>.md`) describes them. */
  registered: boolean;
  kind: SpeakerKind;
}

export interface ExtractedQuote {
  /** Stable within the article: built from the quote's own words, not its position. */
  id: string;
  /** The quoted words without the outer quotation marks; nested quotes keep theirs. */
  text: string;
  segments: Segment[];
  speaker: SpeakerRef | null;
  /** For an anonymous source, how the text describes it ("an informed source"). */
  attribution: string | null;
  resolvedBy: Resolution;
  /**
   * The mention→speaker sieve that resolved the mention `resolvedBy` found; for a continued
   * quote, the one that resolved the quote it continues; `override` for an override; null when
   * the quote is unattributed (`resolvedBy` is `none`).
   */
  speakerResolvedBy: SpeakerResolution | null;
  /** The speech verb that tied the quote to its speaker ("said", "added"), when one did. */
  cue: string | null;
  /** How the text named the speaker at the cue: "he", "Dorsey", "The King’s College London academic". */
  mention: string | null;
  line: number;
  /** A full sentence or a quote next to a speech verb, as opposed to a fragment. */
  looksLikeSpeech: boolean;
}

export const SKIP_REASONS = [
  'scare quote',
  'name',
  'title or term',
  'fragment without a speaker',
  'marked not a quote',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A quote as the article's page and data keep it: without its positions in the Markdown tree. */
export type ArticleQuote = Omit<ExtractedQuote, 'segments'>;

/** Quotation marks that do not quote anybody, with the reason, for the build report. */
export interface SkippedQuotation {
  text: string;
  reason: SkipReason;
  line: number;
}

/** What the build needs to know about a registered person or organisation to resolve names and descriptions. */
export interface RegistryEntry {
  id: string;
  name: string;
  aliases: string[];
  role?: string | undefined;
  affiliation?: string | undefined;
  kind: SpeakerKind;
}
