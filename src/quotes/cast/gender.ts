/**
 * Pronouns the narration uses of each person: `Una Healy has admitted she found …` tells that
 * Una Healy is `she`. Only unambiguous uses count: the pronoun's sentence (or, when it names
 * nobody before the pronoun, the sentence before) names exactly one person.
 */
import { type Gender, POSSESSIVE_PRONOUNS, PRONOUNS } from '../lexicon/index.ts';
import type { Document } from '../text/document.ts';
import { sentenceIndexAt } from '../text/document.ts';
import type { Entity, Mention, MutableEntity } from './types.ts';

const isPersonLike = (entity: Entity | undefined) =>
  entity !== undefined && (entity.kind === 'person' || entity.kind === 'unknown');

export function gatherPronounEvidence(
  document: Document,
  entities: readonly MutableEntity[],
  byBlock: readonly (readonly Mention[])[],
): void {
  for (const block of document.blocks) {
    const names = (byBlock[block.index] ?? []).filter(
      (m) => m.kind === 'name' && isPersonLike(entities[m.entity ?? -1]),
    );
    for (const token of block.tokens) {
      const gender = genderOfPronoun(token.norm);
      if (!gender) continue;
      const sentence = sentenceIndexAt(block, token.start);
      const inSentence = names.filter((m) => m.sentence === sentence && m.position.offset < token.start);
      const before = inSentence.length > 0 ? inSentence : names.filter((m) => m.sentence === sentence - 1);
      const people = new Set(before.map((m) => m.entity));
      if (people.size !== 1) continue;
      const entity = entities[[...people][0]!];
      if (entity) entity.evidence[gender] += 1;
    }
  }
}

function genderOfPronoun(word: string): Gender | null {
  const gender = PRONOUNS.get(word)?.gender ?? POSSESSIVE_PRONOUNS.get(word) ?? null;
  return gender === 'female' || gender === 'male' ? gender : null;
}
