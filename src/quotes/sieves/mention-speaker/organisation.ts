/**
 * `organisation`: a description of an organisation (`the ministry said`, `the company added`)
 * refers back to the organisation named before it whose name (or description) has that noun;
 * a document issued in someone's name (`the written statement said`) speaks
 * for whoever the text says issued it, or else the organisation last put forward.
 */
import { referentOfOrganisationDescription } from './lookups.ts';
import type { MentionSpeakerSieve } from './types.ts';

export const organisationSieve: MentionSpeakerSieve = {
  name: 'organisation',
  resolve(phrase, at, context) {
    return phrase.kind === 'description' ? referentOfOrganisationDescription(phrase, at, context) : null;
  },
};
