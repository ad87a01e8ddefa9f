/**
 * `name`: a name resolves to the cast member the cast stage linked it to (`Moss` and `Ms Moss`
 * to `Jane Moss`). Outlets never speak (`told the BBC`); a country that speaks does so as an
 * organisation; other places never speak.
 */
import { referentOfName } from './lookups.ts';
import type { MentionSpeakerSieve } from './types.ts';

export const nameSieve: MentionSpeakerSieve = {
  name: 'name',
  resolve(phrase, at, context) {
    return phrase.kind === 'name' ? referentOfName(phrase, at, context) : null;
  },
};
