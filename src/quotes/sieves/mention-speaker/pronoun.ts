/**
 * `pronoun`: `he` and `she` are the person the text has put forward (see `Salience`) whose
 * gender, as the text tells it, agrees; `it` is the organisation last put forward. `they`,
 * `I` and `we` in narration name nobody.
 */
import { referentOfPronoun } from './lookups.ts';
import type { MentionSpeakerSieve } from './types.ts';

export const pronounSieve: MentionSpeakerSieve = {
  name: 'pronoun',
  resolve(phrase, at, context) {
    if (phrase.kind !== 'pronoun') return null;
    return referentOfPronoun(phrase.word, at, context, { parenthetical: phrase.parenthetical === true });
  },
};
