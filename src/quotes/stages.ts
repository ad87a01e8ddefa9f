/** What the driver hands from one part of the extractor to the next, and what it returns. */
import type { Cast } from './cast/types.ts';
import type { Selected } from './quotations/select.ts';
import type { SpeakerPass } from './sieves/mention-speaker/resolve.ts';
import type { Decision } from './sieves/quote-mention/types.ts';
import type { Document } from './text/document.ts';
import type { ExtractedQuote, SkippedQuotation } from './types.ts';

export interface ExtractResult {
  quotes: ExtractedQuote[];
  skipped: SkippedQuotation[];
  /** Problems an editor must fix, such as an override naming nobody in the registry. */
  errors: { line: number; message: string }[];
  /** How each speaker not in the registry is described in this article ("geopolitics expert"). */
  descriptions: Record<string, string>;
}

/** Stages 1–3: what the sieves read. */
export interface Stages {
  document: Document;
  cast: Cast;
  selected: Selected;
}

export interface Attribution {
  decisions: (Decision | null)[];
  pass: SpeakerPass;
  errors: ExtractResult['errors'];
}
