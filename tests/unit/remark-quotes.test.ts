import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../src/quotes/types.ts';
import { renderMarkdown } from '../support/markdown.ts';

const dorsey: RegistryEntry = { id: 'james-dorsey', name: 'James Dorsey', aliases: ['Dorsey'], kind: 'person' };

describe('remark-quotes', () => {
  it('wraps a quote that starts inside emphasis without losing the emphasis', () => {
    const { html } = renderMarkdown('*“It is over,”* said James Dorsey.', [dorsey]);
    expect(html).toBe(
      '<p><em><span class="quote" id="q-it-is-over" data-speaker="james-dorsey" data-pagefind-title="James Dorsey" data-voice="1" data-colour="1">“It is over,”</span><a class="speaker-marker" href="#voice-james-dorsey" data-voice="1" data-colour="1" data-name="James Dorsey" data-pagefind-ignore=""><span aria-hidden="true">1</span><span class="visually-hidden"> (James Dorsey)</span></a></em> said James Dorsey.</p>',
    );
  });

  it('makes every part of a split quote a search anchor of its own, leading back to the quote', () => {
    const { html, quotes } = renderMarkdown('“It is over,” said James Dorsey, “and nobody won.”', [dorsey]);
    expect(quotes.map((quote) => quote.id)).toEqual(['q-it-is-over-and-nobody-won']);
    expect(html).toContain(
      'id="q-it-is-over-and-nobody-won" data-speaker="james-dorsey" data-pagefind-title="James Dorsey"',
    );
    expect(html).toContain(
      'id="q-it-is-over-and-nobody-won~2" data-speaker="james-dorsey" data-pagefind-title="James Dorsey" data-continues="q-it-is-over-and-nobody-won"',
    );
  });

  it('never looks inside headings or code', () => {
    const { quotes } = renderMarkdown('## ‘Little confidence’\n\n`“not a quote,” said X`\n');
    expect(quotes).toEqual([]);
  });

  it('gives the same ids whatever comes before, and distinct ids to repeated words', () => {
    const one = renderMarkdown('“Never again,” said James Dorsey.', [dorsey]).quotes.map((q) => q.id);
    const two = renderMarkdown('“Hello,” she said.\n\n“Never again,” said James Dorsey. “Never again,” he added.', [
      dorsey,
    ]);
    expect(one).toEqual(['q-never-again']);
    expect(two.quotes.map((q) => q.id)).toEqual(['q-hello', 'q-never-again', 'q-never-again-2']);
  });

  it('reports the line of an override that names nobody in the registry', () => {
    const { errors } = renderMarkdown('Intro.\n\n“It is over,” one said.<!-- speaker: jmes-dorsey -->\n', [dorsey]);
    expect(errors).toEqual([expect.stringMatching(/^article\.md:3: .*"jmes-dorsey".*not in the registry/)]);
  });

  it('reports an override that follows no quote', () => {
    const { errors } = renderMarkdown('<!-- speaker: james-dorsey -->\n\nNo quotes here.\n', [dorsey]);
    expect(errors).toEqual(['article.md:1: The quote override follows no quotation.']);
  });

  it('removes override comments from the HTML', () => {
    const { html } = renderMarkdown('“It is over,” one said.<!-- speaker: james-dorsey -->', [dorsey]);
    expect(html).not.toContain('<!--');
  });
});

describe('remark-quotes, speakers and kinds', () => {
  it('lets `<!-- speaker: none -->` win over an unnamed source’s description', () => {
    const { quotes } = renderMarkdown('“It is over,” an official said.<!-- speaker: none -->');
    expect(quotes[0]).toMatchObject({ speaker: null, attribution: null, resolvedBy: 'override' });
  });

  it('joins a split quote into one sentence, without the comma that led into the attribution', () => {
    const { quotes } = renderMarkdown('“We held on,” she said, “and then we won.”');
    expect(quotes.map((q) => q.text)).toEqual(['We held on and then we won.']);
  });

  it('gives organisations and people their kind', () => {
    const { quotes } = renderMarkdown(
      'The Ministry of Transport suspended the licence. “Safety comes first,” the ministry said. “We agree,” said Ana Ruiz.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      { id: 'ministry-of-transport', name: 'Ministry of Transport', registered: false, kind: 'organisation' },
      { id: 'ana-ruiz', name: 'Ana Ruiz', registered: false, kind: 'person' },
    ]);
  });

  it('resolves a registered organisation by alias', () => {
    const phfd: RegistryEntry = {
      id: 'phfd',
      name: 'Park Hills Fire Department',
      aliases: ['PHFD'],
      kind: 'organisation',
    };
    const { quotes } = renderMarkdown('“Crews were on scene for six hours,” PHFD said.', [phfd]);
    expect(quotes[0]?.speaker).toEqual({
      id: 'phfd',
      name: 'Park Hills Fire Department',
      registered: true,
      kind: 'organisation',
    });
  });
});

describe('kinds and non-speech on company copy', () => {
  it('makes a one-word name an organisation when the text calls it one', () => {
    const { quotes } = renderMarkdown('Carmaker Brelle said demand was “stronger than forecast”.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Brelle', kind: 'organisation' });
  });
  it('keeps a quoted verb phrase after an auxiliary as speech, not a label', () => {
    const { quotes, skipped } = renderMarkdown('The regulator said the outage had “badly hurt” customers.');
    expect(skipped).toEqual([]);
    expect(quotes[0]?.speaker).toBeNull();
  });
});
