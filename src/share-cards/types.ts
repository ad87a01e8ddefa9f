/** What a share card says, and where a page's card is: shared by the content, design and cache. */

export interface CardContent {
  /** The small line above the title: outlet and date, or what kind of speaker. */
  kicker: string;
  /** The headline or the speaker's name. */
  title: string;
  /** The line at the foot: who is quoted, or how often the speaker is. */
  footer: string;
}

/** A page's card: where it is drawn (`/cards/<folder>/<id>.png`), what it says, and in words. */
export interface ShareCard {
  folder: string;
  id: string;
  content: CardContent;
  /** The card's address under the base path. */
  path: string;
  /** What the card shows, for `og:image:alt`. */
  alt: string;
}
