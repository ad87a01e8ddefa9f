/**
 * What the mention→speaker pass learns as it reads, kept apart from the cast it reads: its own
 * copies of the cast's entities (with kinds and description words learned since), the entities
 * only a cue named, who issued the last statement, and who has been put forward (`Salience`).
 * Owned by the resolver; sieves see it through `ResolutionView` and hand back what they learned.
 */
import type { Cast, Entity, MutableEntity } from '../../cast/types.ts';
import { newEntity } from '../../cast/link-names.ts';
import type { NamePhrase } from '../../grammar/phrases.ts';
import { nameKey, type Registry } from '../../registry.ts';
import type { Position } from '../../text/document.ts';
import type { RegistryEntry } from '../../types.ts';
import { Salience } from './salience.ts';
import type { Learned, ResolutionView } from './types.ts';

export class ResolutionState implements ResolutionView {
  readonly salience = new Salience();
  readonly #entities: MutableEntity[];
  #lastIssuer: Entity | null = null;

  constructor(cast: Cast) {
    this.#entities = cast.entities.map((entity) => ({
      ...entity,
      parts: [...entity.parts],
      aliases: new Set(entity.aliases),
      vocabulary: new Set(entity.vocabulary),
      evidence: { ...entity.evidence },
    }));
  }

  get entities(): readonly Entity[] {
    return this.#entities;
  }

  entity(id: number | null | undefined): Entity | undefined {
    return id === null || id === undefined ? undefined : this.#entities[id];
  }

  get lastIssuer(): Entity | null {
    return this.#lastIssuer;
  }

  /** A new entity for a name the cast did not collect, with the next free id; the sieve that meets it hands it back. */
  draft(phrase: NamePhrase, at: Position, registry: Registry): Entity {
    return newEntity(this.#entities.length, phrase, at, registry);
  }

  apply(learned: Learned | undefined): void {
    if (!learned) return;
    if (learned.added && learned.added.id === this.#entities.length)
      this.#entities.push(learned.added as MutableEntity);
    if (learned.kind) this.#own(learned.kind.entity).kind = learned.kind.kind;
    if (learned.issuer) this.#lastIssuer = this.#own(learned.issuer);
  }

  /** `The Danish player, 34,` resolved to Holm: Holm is Danish and 34, for a later `the Dane`. */
  learnWords(entity: Entity, words: readonly string[]): void {
    const own = this.#own(entity);
    for (const word of words) own.vocabulary.add(word);
  }

  /** The entity an editor's override names: the article's own, or a new one from the registry. */
  registered(entry: RegistryEntry): Entity {
    const known = this.#entities.find((entity) => entity.registry === entry);
    if (known) return known;
    const entity: MutableEntity = {
      id: this.#entities.length,
      kind: entry.kind,
      name: entry.name,
      parts: entry.name.split(/\s+/u),
      aliases: new Set([entry.name, ...entry.aliases].map(nameKey)),
      vocabulary: new Set(),
      description: null,
      evidence: { female: 0, male: 0 },
      registry: entry,
      first: { block: 0, offset: 0 },
    };
    this.#entities.push(entity);
    return entity;
  }

  #own(entity: Entity): MutableEntity {
    const own = this.#entities[entity.id];
    if (own !== entity) throw new Error(`Entity ${entity.id} (${entity.name}) is not this resolution's`);
    return own;
  }
}
