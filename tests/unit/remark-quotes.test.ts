import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../src/quotes/types.ts';
import { renderMarkdown } from '../support/markdown.ts';

const dorsey: RegistryEntry = { id: 'james-dorsey', name: 'James Dorsey', aliases: ['Dorsey'], kind: 'person' };

describe('remark-quotes', () => {
  it('wraps a quote that starts inside emphasis without losing the emphasis', () => {
    const { html } = renderMarkdown('*“It is over,”* said James Dorsey.', [dorsey]);
    expect(html).toBe(
      '<p><em><span class="quote" id="q-it-is-over" data-speaker="james-dorsey">“It is over,”</span></em> said James Dorsey.</p>',
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
