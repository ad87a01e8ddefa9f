/**
 * `epithet`: a definite description of a person that the article has not used before (`the City
 * boss`, `the media personality`, `the former chief whip`) varies the name of the person it is
 * about: the one the text has put forward, if the description fits them (gender, nationality,
 * age). An office (`the health secretary`) is someone else unless it is a former one.
 */
import { escapeRegExp } from '../../text/patterns.ts';
import type { Entity } from '../../cast/types.ts';
import { contentWords, isAgeWord } from '../../cast/vocabulary.ts';
import { isAnonymousHead, isOfficeHead, isPersonHead } from '../../grammar/heads.ts';
import { describesPerson } from '../../grammar/phrases.ts';
import { CAPITALISED_OFFICES, type Gender, GENDERED_NOUNS } from '../../lexicon/index.ts';
import { genderFits } from './salience.ts';
import { type Document, isBefore } from '../../text/document.ts';
import type { MentionAt, MentionSpeakerSieve } from './types.ts';

export const epithetSieve: MentionSpeakerSieve = {
  name: 'epithet',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'description' || !phrase.definite) return null;
    const { head } = phrase;
    if (!describesPerson(phrase) || isAnonymousHead(head)) return null;
    const words = phrase.text.toLowerCase().split(/\s+/u);
    // `the speaker emphasised`: in lower case, whoever is speaking, not the office of `the Speaker`.
    const office = isOfficeHead(head) && !(CAPITALISED_OFFICES.has(head) && !phrase.properHead);
    if (office && !words.some((word) => word === 'former' || word.startsWith('ex-'))) {
      // `The manager revealed …` in a story that has named one person only, giving them no role of
      // their own: the office is theirs. With a role of their own they hold only that one.
      const people = context.state.entities.filter((entity) => entity.kind === 'person' && isBefore(entity.first, at));
      const [only] = people;
      const roleless = only !== undefined && ![...only.vocabulary].some((word) => isPersonHead(word));
      return people.length === 1 && roleless && genderFits(only, genderOf(words))
        ? { entity: only, attribution: null }
        : null;
    }
    const gender = genderOf(words);

    // `The victim’s partner`, `his son`: someone related to another, not a name varied.
    if (/^(?:the\s+)?\S+['’]s?\s/iu.test(phrase.text) || /^(?:his|her|their|its)\s/iu.test(phrase.text)) return null;
    // `Prosecutor Hannah Greaves told the court the cashier had been terrified … the cashier
    // said`: a description the text already used of someone it did not name is still them.
    if (describedBefore(head, at, context.document)) return null;
    const described = contentWords(phrase.text);
    const fits = (entity: Entity) => genderFits(entity, gender) && agrees(entity, described);
    const referent = context.state.salience.salientForEpithet(at, fits);

    return referent?.entity ? referent : null;
  },
};

/** A nationality or an age in the description must not contradict what the text said of the person. */
function agrees(entity: Entity, described: string[]): boolean {
  const known = [...entity.vocabulary];
  for (const prefix of ['country:']) {
    const theirs = known.filter((word) => word.startsWith(prefix));
    const wanted = described.filter((word) => word.startsWith(prefix));
    if (theirs.length > 0 && wanted.length > 0 && !wanted.some((word) => theirs.includes(word))) return false;
  }
  const theirAge = known.find(isAgeWord);
  const wantedAge = described.find(isAgeWord);
  return !(theirAge && wantedAge && theirAge !== wantedAge);
}

/** Has the text used this head noun with an article before, for someone it has not named? */
function describedBefore(head: string, at: MentionAt, document: Document): boolean {
  const used = new RegExp(`\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${escapeRegExp(head)}\\b`, 'iu');
  const before = document.blocks
    .slice(0, at.block)
    .map((block) => block.narration)
    .concat(document.blocks[at.block]!.narration.slice(0, at.offset));
  return before.some((text) => used.test(text));
}

/** What a description's gendered nouns say: `the chairwoman` is a woman; null when none. */
const genderOf = (words: readonly string[]): Gender | null =>
  words.map((word) => GENDERED_NOUNS.get(word.replace(/^ex-/u, ''))).find((g): g is Gender => g !== undefined) ?? null;
