import type { Cast, Entity } from '../../cast/types.ts';
import type { NounPhrase } from '../../grammar/noun-phrase.ts';
import type { Registry } from '../../registry.ts';
import type { Position } from '../../text/document.ts';
import type { Salience } from './salience.ts';

/**
 * Who a mention refers to: a member of the cast, or nobody named (`attribution` keeps how the
 * text describes an unnamed source, or who spoke for an organisation: `a spokesperson for Acme`).
 */
export type Referent = { entity: Entity; attribution: string | null } | { entity: null; attribution: string | null };

export const NOBODY: Referent = { entity: null, attribution: null };

/** Where a mention stands: its place, and the sentence it is in. */
export interface MentionAt extends Position {
  sentence: number;
}

export interface ResolveContext {
  cast: Cast;
  registry: Registry;
  salience: Salience;
  /** Who asked the question a quote replies to (`“And the lifts?” asked one resident. “Soon,” she answered.`): not its speaker. */
  asker?: Referent | undefined;
}

/** One sieve: resolves the phrases it knows how to, and passes on the others with `null`. */
export interface MentionSpeakerSieve {
  name: string;
  resolve(phrase: NounPhrase, at: MentionAt, context: ResolveContext): Referent | null;
}
