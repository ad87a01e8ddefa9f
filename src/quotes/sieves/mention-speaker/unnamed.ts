/**
 * `unnamed`, the last mention sieve: a description no earlier sieve tied to the cast is an
 * unnamed source, kept as the text describes it (`an official from the district`,
 * `AFP's source in the security forces`); anything else names nobody.
 */
import { NOBODY, type MentionSpeakerSieve } from './types.ts';

export const unnamedSieve: MentionSpeakerSieve = {
  name: 'unnamed',
  resolve(phrase) {
    return phrase.kind === 'description' ? { entity: null, attribution: phrase.text } : NOBODY;
  },
};
