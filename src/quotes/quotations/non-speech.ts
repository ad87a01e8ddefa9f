/**
 * Quotation marks that quote nobody: scare quotes (`a “terrorist” organisation`), names
 * (`diplomat “Robert Malley”`), titles and terms (`a report titled “…”`, `by quoting
 * “informed sources”`). They are reported as skipped, never attributed.
 */
import { alternatives, escapeRegExp } from '../text/patterns.ts';
import { cueAfter } from '../grammar/cues.ts';
import {
  ADVERBS,
  AUXILIARIES,
  DETERMINERS,
  HONORIFICS,
  NAME_JOINERS,
  NOT_NOUNS_AFTER,
  POSSESSOR_DETERMINERS,
  TERM_MARKERS,
} from '../lexicon/index.ts';
import type { Token } from '../text/tokens.ts';
import type { SkippedQuotation } from '../types.ts';

const TERM_BEFORE = new RegExp(
  `\\b(?:${TERM_MARKERS.map((marker) => escapeRegExp(marker).replace(/ /gu, '\\s+')).join('|')})[,:]?\\s*$`,
  'iu',
);
const DETERMINER_BEFORE = new RegExp(`(?:\\b(?:${alternatives(POSSESSOR_DETERMINERS)})|['’]s|s['’])\\s*$`, 'iu');
/** Words that can follow a quote but not a modifier in scare quotes: `that “you are DEAD” if …`. */
const NOT_A_NOUN_AFTER = new RegExp(`^\\s*(?:${alternatives(NOT_NOUNS_AFTER)})\\b`, 'iu');

const AUXILIARY_BEFORE = new RegExp(`\\b(?:${alternatives(AUXILIARIES)})\\s*$`, 'iu');

export interface NonSpeechContext {
  /** The text right before the opening mark, from the start of its sentence. */
  before: string;
  /** The text right after the closing mark, to the end of its sentence. */
  after: string;
  afterTokens: Token[];
}

/** Is a quote a fragment: three words or fewer, starting in lower case, with no closing punctuation? */
export function isFragment(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= 3 && /^[\p{Ll}\p{N}]/u.test(text) && !/[.!?…,;:]$/u.test(text);
}

export function nonSpeechReason(text: string, context: NonSpeechContext): SkippedQuotation['reason'] | null {
  const { before, after, afterTokens } = context;
  const words = text.split(/\s+/u).filter(Boolean);
  let found: ReturnType<typeof cueAfter> | undefined;
  const cue = () => (found === undefined ? (found = cueAfter(afterTokens)) : found);
  // a “terrorist” organisation: a short modifier between a determiner and the noun it qualifies.
  if (
    isFragment(text) &&
    DETERMINER_BEFORE.test(before) &&
    /^\s*[\p{Ll}]/u.test(after) &&
    !NOT_A_NOUN_AFTER.test(after) &&
    !cue()?.immediate
  ) {
    return 'scare quote';
  }
  // Markers are short: the end of the text before is enough, and keeps the test cheap on long sentences.
  if (TERM_BEFORE.test(before.slice(-40))) return 'title or term';
  // `using “Ms.,” she wrote`: a title quoted as a word is nobody's speech, even next to a cue.
  if (words.length === 1 && HONORIFICS.has(text.toLowerCase().replace(/[.,;:]+$/u, ''))) return 'title or term';

  // `comforting her with “I love you” notes`: a short quote with no punctuation of its own, used
  // as a modifier of the noun right after it, is a label.
  const next = afterTokens[0];
  if (
    words.length <= 5 &&
    !/[.!?…,;:]/u.test(text) &&
    // `found him “cold” the next morning`: a determiner after the quote starts a phrase of its own.
    !DETERMINERS.has(afterTokens[0]?.norm ?? '') &&
    /^\s\p{Ll}/u.test(after) &&
    !NOT_A_NOUN_AFTER.test(after) &&
    next &&
    !ADVERBS.has(next.norm) &&
    // `the fault had “materially reduced” output`: after an auxiliary the quote is the clause's verb.
    !AUXILIARY_BEFORE.test(before) &&
    !cue()?.immediate
  ) {
    return 'title or term';
  }

  const titleCase = words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_JOINERS.has(word));
  // American style puts the sentence's comma inside the marks: the law, known as the “Election Integrity Act,” had …
  if (words.length <= 5 && titleCase && !/[.!?…,;:]/u.test(text.replace(/[,.]$/u, ''))) {
    if (/\b(?:called|named)\s*$/iu.test(before)) return 'title or term';
    if (!cue()?.immediate && !/:\s*$/u.test(before)) return 'name';
  }
  return null;
}
