/**
 * `pronoun`: `he` and `she` are the person the text has put forward (see `Salience`) whose
 * gender, as the text tells it, agrees; `it` is the organisation last put forward. `they`,
 * `I` and `we` in narration name nobody.
 */
import { PRONOUNS } from '../../lexicon/index.ts';
import { genderFits } from './salience.ts';
import { NOBODY, type MentionSpeakerSieve, type Referent } from './types.ts';

export const pronounSieve: MentionSpeakerSieve = {
  name: 'pronoun',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'pronoun') return null;
    const gender = PRONOUNS.get(phrase.word)?.gender;
    if (gender === 'male' || gender === 'female') {
      const asker = context.asker;
      const notAsker = (referent: Referent) =>
        !asker || (referent.entity ? referent.entity !== asker.entity : referent.attribution !== asker.attribution);
      return context.salience.salientPerson(at, (entity) => genderFits(entity, gender), notAsker) ?? NOBODY;
    }
    // `they` is as often a group of people as an organisation: only `it` is read as one.
    if (phrase.word === 'it') return context.salience.salientOrganisationReferent(at) ?? NOBODY;

    return NOBODY;
  },
};
