/** Who said each quote, marked in the text (src/markdown/rehype-speaker-markers.ts). */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown.ts';
import { voiceOrder } from '../../src/utils/voice-order.ts';

const markers = (html: string) =>
  [...html.matchAll(/<a class="speaker-marker" href="#voice-([\w-]+)" data-voice="(\d+)"( data-colour="(\d)")?/g)].map(
    ([, key, voice, , colour]) => ({ key, voice: Number(voice), colour: colour ? Number(colour) : undefined }),
  );

describe('speaker markers', () => {
  it('follow each quote, numbered as the sidebar lists voices: people, organisations, unnamed, unattributed', () => {
    const { html } = renderMarkdown(
      [
        'The council “will not fund it”, a spokesperson for Harbour Council said.',
        '',
        '“We are broke,” said Jane Moss, the treasurer. “Nobody warned us,” said Tom Lee.',
        '',
        'An insider said it was “a mess from the start”. Moss added: “We will pay.”',
      ].join('\n'),
    );
    expect(markers(html)).toEqual([
      { key: 'organisation-harbour-council', voice: 3, colour: 3 },
      { key: 'jane-moss', voice: 1, colour: 1 },
      { key: 'tom-lee', voice: 2, colour: 2 },
      { key: 'unnamed', voice: 4, colour: undefined },
      { key: 'jane-moss', voice: 1, colour: 1 },
    ]);
  });

  it('come after a quote’s last part only, outside its span, hidden from search, with the name for screen readers', () => {
    const { html } = renderMarkdown('“We are broke,” said Jane Moss, “and we will stay broke.”');
    expect(html.match(/class="speaker-marker"/g)).toHaveLength(1);
    expect(html).toMatch(
      /and we will stay broke\.”<\/span><a class="speaker-marker" href="#voice-jane-moss" data-voice="1" data-colour="1" data-name="Jane Moss" data-pagefind-ignore=""><span aria-hidden="true">1<\/span><span class="visually-hidden"> \(Jane Moss\)<\/span><\/a>/,
    );
    // Every part carries the voice, for its colour.
    expect(html.match(/class="quote"[^>]*data-voice="1" data-colour="1"/g)).toHaveLength(2);
  });

  it('cannot be forged by an article’s own HTML', () => {
    const { html } = renderMarkdown(
      'A <a class="speaker-marker" href="#voice-x" data-voice="1" data-colour="1" data-name="X">1</a> here, and “we won,” said Ann Ruiz.',
    );
    expect(markers(html)).toEqual([{ key: 'ann-ruiz', voice: 1, colour: 1 }]);
    expect(html).not.toContain('data-name="X"');
    expect(html.match(/speaker-marker/g)).toHaveLength(1);
  });
});

describe('voice order', () => {
  it('lists people, then organisations, each by first quote, then unnamed sources, then the unattributed', () => {
    const person = (id: string) => ({ speaker: { id, kind: 'person' as const }, attribution: null });
    const organisation = (id: string) => ({ speaker: { id, kind: 'organisation' as const }, attribution: null });
    expect(
      voiceOrder([
        { speaker: null, attribution: null },
        organisation('un'),
        { speaker: null, attribution: 'an aide' },
        person('b'),
        person('a'),
        person('b'),
      ]),
    ).toEqual(['b', 'a', 'organisation-un', 'unnamed', 'unattributed']);
  });
});
