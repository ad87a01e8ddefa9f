/**
 * Who the text has put forward so far, in reading order: every resolved mention, with the
 * subjects of clauses marked, and the last speaker quoted. Pronouns and epithets are resolved
 * against this, as a reader keeps track of who `she` and `the 34-year-old` are.
 */
import { type Entity, genderOf } from '../../cast/types.ts';
import { isPersonHead } from '../../grammar/heads.ts';
import { headOf } from '../../grammar/noun-phrase.ts';
import type { Gender } from '../../lexicon/index.ts';
import type { MentionAt, Referent } from './types.ts';

export interface Noted {
  referent: Referent;
  at: MentionAt;
  isSubject: boolean;
}

/** How many blocks back a pronoun or an epithet may reach. */
const REACH = 3;

export class Salience {
  readonly #noted: Noted[] = [];
  /** How often each entity has been referred to or quoted so far: the article's main people score highest. */
  readonly #prominence = new Map<Entity, number>();

  #lastSpeaker: Noted | null = null;
  /** Who issued the last statement the text mentioned (`a release from the department`). */
  lastIssuer: Entity | null = null;

  note(referent: Referent, at: MentionAt, isSubject: boolean): void {
    if (referent.entity || referent.attribution) this.#noted.push({ referent, at, isSubject });
    this.#count(referent);
  }

  spoke(referent: Referent, at: MentionAt): void {
    if (referent.entity || referent.attribution) this.#lastSpeaker = { referent, at, isSubject: true };
    this.#count(referent);
  }

  #count(referent: Referent): void {
    if (referent.entity) this.#prominence.set(referent.entity, (this.#prominence.get(referent.entity) ?? 0) + 1);
  }

  /**
   * The person an epithet most likely means: of the subject put forward since the last quote
   * and the last speaker, the one the article has referred to more (`the media personality`
   * is the singer the story is about, not her ex-husband named in the sentence before).
   */
  salientForEpithet(at: MentionAt, fits: (entity: Entity) => boolean): Referent | null {
    const speaker = this.#lastSpeaker;
    const since = speaker ? this.recent(at).filter((n) => isAfter(n.at, speaker.at)) : this.recent(at);
    const subject = since.find(
      (n) => n.isSubject && n.referent.entity && isPerson(n.referent.entity) && fits(n.referent.entity),
    );
    const speakerFits =
      speaker?.referent.entity &&
      isPerson(speaker.referent.entity) &&
      fits(speaker.referent.entity) &&
      at.block - speaker.at.block <= REACH;
    const candidates = [subject?.referent, speakerFits ? speaker.referent : undefined].filter(
      (referent): referent is Referent => referent !== undefined,
    );
    if (candidates.length === 0) return this.salientPerson(at, fits);
    const weight = (referent: Referent) => (referent.entity ? (this.#prominence.get(referent.entity) ?? 0) : 0);
    return candidates.reduce((best, next) => (weight(next) > weight(best) ? next : best));
  }

  get lastSpeaker(): Noted | null {
    return this.#lastSpeaker;
  }

  /** What was noted before `at`, within reach, most recent first. */
  recent(at: MentionAt): Noted[] {
    return this.#noted
      .filter((n) => at.block - n.at.block <= REACH && (n.at.block < at.block || n.at.offset < at.offset))
      .reverse();
  }

  /**
   * The person a pronoun or an epithet most likely means: a subject put forward since the last
   * quote (the most recent first), else the last speaker, else the most recent person named.
   * `fits` filters out people who cannot be meant (wrong gender, wrong nationality).
   */
  salientPerson(at: MentionAt, fits: (entity: Entity) => boolean): Referent | null {
    const recent = this.recent(at);
    // Someone named earlier in the pronoun's own sentence comes first, its subject before others:
    // `Yediyurappa, justified his statement …`.
    const sentence = recent
      .filter((n) => n.at.block === at.block && n.at.sentence === at.sentence && n.referent.entity)
      .reverse()
      .filter((n) => isPerson(n.referent.entity!) && n.referent.entity!.kind === 'person' && fits(n.referent.entity!));
    const own = sentence.find((n) => n.isSubject) ?? sentence[0];
    if (own) return own.referent;

    const speaker = this.#lastSpeaker;
    const since = speaker ? recent.filter((n) => isAfter(n.at, speaker.at)) : recent;
    for (const noted of since) {
      if (!noted.isSubject) continue;
      const entity = noted.referent.entity;
      if (!entity) {
        // Someone unnamed was put forward last: `a visibly angry Speaker said … he told the Commons`.
        if (noted.referent.attribution && isPersonHead(headOf(noted.referent.attribution))) return noted.referent;
        continue;
      }

      if (isPerson(entity) && fits(entity)) return noted.referent;
    }
    if (speaker && at.block - speaker.at.block <= REACH) {
      const entity = speaker.referent.entity;
      if (entity ? isPerson(entity) && fits(entity) : isPersonHead(headOf(speaker.referent.attribution ?? ''))) {
        return speaker.referent;
      }
    }

    // A single word never introduced (`Gundogan`) is only a person once a clause has it as subject.
    for (const noted of recent) {
      const entity = noted.referent.entity;
      if (entity && (entity.kind === 'person' || noted.isSubject) && isPerson(entity) && fits(entity)) {
        return noted.referent;
      }
    }
    return null;
  }

  /** The organisation most recently put forward, subjects first: what `it` and `the ministry` mean. */
  salientOrganisation(at: MentionAt, fits: (entity: Entity) => boolean): Entity | null {
    const recent = this.recent(at).filter((n) => n.referent.entity?.kind === 'organisation' && fits(n.referent.entity));
    return (recent.find((n) => n.isSubject) ?? recent[0])?.referent.entity ?? null;
  }
}

const isAfter = (a: MentionAt, b: MentionAt) => a.block > b.block || (a.block === b.block && a.offset > b.offset);
export const isPerson = (entity: Entity): boolean => entity.kind === 'person' || entity.kind === 'unknown';

/** Does what the text says of a person's gender allow this pronoun or noun? Unknown allows either. */
export const genderFits = (entity: Entity, wanted: Gender | null): boolean => {
  if (!wanted) return true;
  const known = genderOf(entity);
  return known === null || known === wanted;
};
