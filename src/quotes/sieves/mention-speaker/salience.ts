/**
 * Who the text has put forward so far, in reading order: every resolved mention, with the
 * subjects of clauses marked, and every speaker quoted. Pronouns and epithets are resolved
 * against this, as a reader keeps track of who `she` and `the 34-year-old` are.
 */
import { isBefore } from '../../text/document.ts';
import { type Entity, genderOf } from '../../cast/types.ts';
import { isOrganisationHead, isPersonHead } from '../../grammar/heads.ts';
import { headOf } from '../../grammar/phrases.ts';
import type { Gender } from '../../lexicon/index.ts';
import type { MentionAt, Referent } from './referent.ts';

export interface Noted {
  referent: Referent;
  at: MentionAt;
  isSubject: boolean;
}

/** How many blocks back a pronoun or an epithet may reach. */
const REACH = 3;

type Allowed = (referent: Referent) => boolean;
const anyone: Allowed = () => true;

/** The questions sieves may ask of who has been put forward; only the resolver notes anything. */
export type SalienceView = Pick<
  Salience,
  | 'lastSpeaker'
  | 'recent'
  | 'salientPerson'
  | 'salientForEpithet'
  | 'salientOrganisationReferent'
  | 'salientOrganisation'
  | 'salientIssuer'
  | 'subjectOrganisation'
>;

export class Salience {
  readonly #noted: Noted[] = [];
  #lastSpeaker: Noted | null = null;

  note(referent: Referent, at: MentionAt, isSubject: boolean): void {
    if (referent.entity || referent.attribution) this.#noted.push({ referent, at, isSubject });
  }

  /** A quote's speaker: the last speaker, and put forward like a clause's subject where the quote stands. */
  spoke(referent: Referent, at: MentionAt): void {
    if (!referent.entity && !referent.attribution) return;
    this.#lastSpeaker = { referent, at, isSubject: true };
    this.#noted.push(this.#lastSpeaker);
  }

  get lastSpeaker(): Noted | null {
    return this.#lastSpeaker;
  }

  /** What was noted before `at`, within reach, most recent first. */
  recent(at: MentionAt, reach = REACH): Noted[] {
    // Noted in reading order: walk back from the end until out of reach.
    const recent: Noted[] = [];
    for (let i = this.#noted.length - 1; i >= 0; i--) {
      const noted = this.#noted[i]!;
      if (at.block - noted.at.block > reach) break;
      if (isBefore(noted.at, at)) recent.push(noted);
    }
    return recent;
  }

  /**
   * The person a pronoun most likely means: someone named earlier in its own sentence; else a
   * subject put forward since the last quote (the most recent first); else the last speaker;
   * else the most recent person named. `fits` filters out people who cannot be meant (wrong
   * gender), `allowed` referents that cannot (the one who asked the question a reply answers).
   */
  salientPerson(
    at: MentionAt,
    fits: (entity: Entity) => boolean,
    allowed: Allowed = anyone,
    { possessive = false, parenthetical = false }: { possessive?: boolean; parenthetical?: boolean } = {},
  ): Referent | null {
    // In a parenthetical attribution (`The chancellor, he wrote, had …`) it is someone its own
    // sentence has not put forward.
    const sameSentence = (n: Noted) => n.at.block === at.block && n.at.sentence === at.sentence;
    const recent = this.recent(at).filter((n) => allowed(n.referent) && !(parenthetical && sameSentence(n)));
    const person = (n: Noted) => n.referent.entity !== null && isPerson(n.referent.entity) && fits(n.referent.entity);
    // `Yediyurappa, justified his statement …`: its subject first, then in reading order.
    const sentence = recent
      .filter((n) => sameSentence(n) && n.referent.entity?.kind === 'person')
      .reverse()
      .filter(person);
    // A subject pronoun means its sentence's subject, not someone named in a phrase before it
    // (`In an interview with Carla Benn, he said`, `Speaking to Ana Ruiz, he said`); a possessive
    // (`Ruiz defended his statement`) may mean anyone its sentence named.
    const own = sentence.find((n) => n.isSubject) ?? (possessive ? sentence[0] : undefined);
    if (own) return own.referent;

    const speaker = this.#lastSpeaker && allowed(this.#lastSpeaker.referent) ? this.#lastSpeaker : null;
    const since = speaker ? recent.filter((n) => isBefore(speaker.at, n.at)) : recent;
    for (const noted of since) {
      if (!noted.isSubject) continue;
      // Someone unnamed was put forward last: `a visibly angry Speaker said … he told the Commons`.
      if (!noted.referent.entity && unnamedPerson(noted.referent)) return noted.referent;
      if (person(noted)) return noted.referent;
    }
    if (speaker && at.block - speaker.at.block <= REACH) {
      if (speaker.referent.entity ? person(speaker) : unnamedPerson(speaker.referent)) return speaker.referent;
    }
    // A single word never introduced (`Gundogan`) is only a person once a clause has it as subject.
    const named = recent.find((n) => person(n) && (n.referent.entity!.kind === 'person' || n.isSubject));
    return named?.referent ?? sentence[0]?.referent ?? null;
  }

  /**
   * The person an epithet means: walking back sentence by sentence from it, the first person
   * it fits, the subject of each sentence before the others. `the Scot` right after `Holm will
   * meet Ailsa Grant` is Grant, once `fits` has ruled out Holm, who is Danish.
   */
  salientForEpithet(at: MentionAt, fits: (entity: Entity) => boolean): Referent | null {
    const bySentence = new Map<string, Noted[]>();
    for (const noted of this.recent(at)) {
      const entity = noted.referent.entity;
      if (!entity || entity.kind !== 'person' || !fits(entity)) continue;
      const key = `${noted.at.block}:${noted.at.sentence}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), noted]);
    }
    for (const group of bySentence.values()) {
      const ordered = [...group].reverse();
      return (ordered.find((n) => n.isSubject) ?? ordered[0])!.referent;
    }
    return null;
  }

  /**
   * What `it` most likely means: the organisation put forward last, subjects first, named or not
   * (`The health ministry disputed the figures. In a statement, it said …` is the ministry,
   * unnamed, not an organisation named in the paragraph before).
   */
  salientOrganisationReferent(at: MentionAt): Referent | null {
    const recent = this.recent(at);
    const organisation = (n: Noted) =>
      n.referent.entity
        ? n.referent.entity.kind === 'organisation'
        : n.referent.attribution !== null && isOrganisationHead(headOf(n.referent.attribution));
    return (recent.find((n) => n.isSubject && organisation(n)) ?? recent.find(organisation))?.referent ?? null;
  }

  /**
   * Who issued a document the text names without saying whose (`“…,” read the message`): the
   * person or organisation put forward last, subjects first (`The Willow Quartet posted a
   * farewell`, `The candidate shared a video`).
   */
  salientIssuer(at: MentionAt): Referent | null {
    // Someone unnamed counts too: after `The county court issued an order`, the order is the court's.
    const recent = this.recent(at).filter((n) =>
      n.referent.entity ? n.referent.entity.kind !== 'unknown' : n.referent.attribution !== null,
    );
    return (recent.find((n) => n.isSubject) ?? recent[0])?.referent ?? null;
  }

  /** The organisation that is the subject of the sentence before `at` or of its own, in its paragraph or the one before. */
  subjectOrganisation(at: MentionAt): Entity | null {
    const subject = this.recent(at, 1).find((n) => n.isSubject && n.referent.entity);
    return subject?.referent.entity?.kind === 'organisation' ? subject.referent.entity : null;
  }

  /** The organisation most recently put forward, subjects first: what `it` and `the ministry` mean. */

  salientOrganisation(
    at: MentionAt,
    fits: (entity: Entity) => boolean,
    { wholeArticle = false }: { wholeArticle?: boolean } = {},
  ): Entity | null {
    const recent = this.recent(at, wholeArticle ? Infinity : REACH).filter(
      (n) => n.referent.entity?.kind === 'organisation' && fits(n.referent.entity),
    );
    return (recent.find((n) => n.isSubject) ?? recent[0])?.referent.entity ?? null;
  }
}

export const isPerson = (entity: Entity): boolean => entity.kind === 'person' || entity.kind === 'unknown';
const unnamedPerson = (referent: Referent) =>
  referent.attribution !== null && isPersonHead(headOf(referent.attribution));

/** Does what the text says of a person's gender allow this pronoun or noun? Unknown allows either. */
export const genderFits = (entity: Entity, wanted: Gender | null): boolean => {
  if (!wanted) return true;
  const known = genderOf(entity);
  return known === null || known === wanted;
};
