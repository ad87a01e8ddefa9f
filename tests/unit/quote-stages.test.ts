/**
 * The stages keep to their boundaries: the cast is read-only once built (what resolution learns
 * stays in the resolver's state), an override's speaker has an id of its own, and each quote
 * says which mention→speaker sieve decided it. Articles are written here, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/quotes/index.ts';
import { speakersOf, stages } from '../support/quote-stages.ts';

const ARTICLE = [
  'Freya Holm reached the final. The Danish player, 34, beat the holder. “I was calm,” the 34-year-old said.',
  'The Dockers union called a strike. “We have waited long enough,” the union said.',
  '“We see no reason to talk,” a Downing Street spokeswoman said.',
  '“We will look again,” said Farah Odeh, who chairs the board.',
].join('\n\n');

describe('stage boundaries', () => {
  it('leaves the cast as the cast stage built it, whatever resolution learns', () => {
    const staged = stages(ARTICLE);
    const before = structuredClone(staged.cast);
    const { pass } = attributeQuotes(staged, staged.registry);
    // Resolution did learn: Dockers became an organisation and Downing Street one too, in its own state.
    expect(pass.speakers.map((speaker) => speaker.referent.entity?.kind)).toEqual([
      'person',
      'organisation',
      'organisation',
      'person',
    ]);
    expect(staged.cast).toEqual(before);
  });

  it('gives an override’s speaker an id no other speaker of the article has', () => {
    const markdown = '“We start today,” said Tom Hale.\n\n“Not here,” a voice called out.<!-- speaker: ines-moreau -->';
    const staged = stages(markdown, [{ id: 'ines-moreau', name: 'Ines Moreau', aliases: [], kind: 'person' }]);
    const { pass } = attributeQuotes(staged, staged.registry);
    const ids = pass.speakers.map((speaker) => speaker.referent.entity?.id);
    expect(pass.speakers.map((speaker) => speaker.referent.entity?.name)).toEqual(['Tom Hale', 'Ines Moreau']);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('speakerResolvedBy', () => {
  it('names the mention→speaker sieve, the continued quote’s for a continuation, and nothing when unattributed', () => {
    const markdown = [
      'Ana Ruiz chairs the committee. “We met twice,” she said. “Nothing came of it.”',
      '“It was a waste,” said Ruiz.',
      '### Elsewhere',
      '“Who knows?”',
    ].join('\n\n');
    expect(speakersOf(markdown)).toEqual([
      { quote: 'We met twice,', speaker: 'Ana Ruiz', resolvedBy: 'cue', speakerResolvedBy: 'pronoun' },
      { quote: 'Nothing came of it.', speaker: 'Ana Ruiz', resolvedBy: 'continuation', speakerResolvedBy: 'pronoun' },
      { quote: 'It was a waste,', speaker: 'Ana Ruiz', resolvedBy: 'cue', speakerResolvedBy: 'name' },
      { quote: 'Who knows?', speaker: null, resolvedBy: null, speakerResolvedBy: null },
    ]);
  });

  it('is `override` for an editor’s override', () => {
    const markdown = '“Not here,” a voice called out.<!-- speaker: ines-moreau -->';
    const registry = [{ id: 'ines-moreau', name: 'Ines Moreau', aliases: [], kind: 'person' as const }];
    expect(speakersOf(markdown, registry)).toEqual([
      { quote: 'Not here,', speaker: 'Ines Moreau', resolvedBy: null, speakerResolvedBy: 'override' },
    ]);
  });
});
