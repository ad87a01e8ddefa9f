import type { Cast, Entity, EntityKind } from '../../cast/types.ts';
import type { NamePhrase, NounPhrase } from '../../grammar/phrases.ts';
import type { Registry } from '../../registry.ts';
import type { Document, Position } from '../../text/document.ts';
import type { SpeakerResolution } from '../../types.ts';
import type { MentionAt, Referent } from './referent.ts';
import type { SalienceView } from './salience.ts';

export { NOBODY, type MentionAt, type Referent } from './referent.ts';

/**
 * What a sieve learned about the cast while it resolved a phrase. A sieve never changes the
 * cast or the resolution state: it hands this back with its referent, and the resolver applies it.
 */
export interface Learned {
  /** An entity the cast had not collected: a name only a cue read. */
  readonly added?: Entity;
  /** A kind the text has now shown an entity to have: `The Unite union said` makes Unite an organisation. */
  readonly kind?: { readonly entity: Entity; readonly kind: EntityKind };
  /** Who issued the document a phrase names (`a release from the fire department`), for a later `the statement`. */
  readonly issuer?: Entity;
}

/** A sieve's answer: the referent, and what it learned on the way. */
export type Found = Referent & { readonly learned?: Learned };

/** What the resolver has learned so far, as the sieves may read it. */
export interface ResolutionView {
  /** The cast's entities as resolution knows them (kinds learned, entities added), by id. */
  readonly entities: readonly Entity[];
  entity(id: number | null | undefined): Entity | undefined;
  readonly salience: SalienceView;
  /** Who issued the last statement the text mentioned. */
  readonly lastIssuer: Entity | null;
  /** A new entity for a name the cast never collected, with the next free id; added only once handed back as `learned.added`. */
  draft(phrase: NamePhrase, at: Position, registry: Registry): Entity;
}

export interface ResolveContext {
  readonly document: Document;
  readonly cast: Cast;
  readonly registry: Registry;
  readonly state: ResolutionView;
  /** Who asked the question a quote replies to (`“And the lifts?” asked one resident. “Soon,” she answered.`): not its speaker. */
  readonly asker?: Referent | undefined;
}

/** One sieve: resolves the phrases it knows how to, and passes on the others with `null`. */
export interface MentionSpeakerSieve {
  readonly name: Exclude<SpeakerResolution, 'override'>;
  resolve(phrase: NounPhrase, at: MentionAt, context: ResolveContext): Found | null;
}
