/** The one hand-over from the Markdown plugins to the pages: written by the plugins, read back checked. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { computedSoFar, setComputed } from '../../src/markdown/frontmatter.ts';
import { parseComputed } from '../../src/schemas/article-computed.ts';
import { renderMarkdown } from '../support/markdown.ts';

describe('what the plugins compute for an article', () => {
  it('reads back what the plugins wrote, with the article’s own fields left aside', () => {
    const file = new VFile({ path: 'content/articles/a.md' });
    file.data.astro = { frontmatter: { title: 'A title' } };
    setComputed(file, 'excerpt', 'First sentence.');
    setComputed(file, 'minutesRead', 3);
    expect(computedSoFar(file)).toEqual({
      quotes: [],
      skippedQuotations: [],
      speakerDescriptions: {},
      quoteErrors: [],
      excerpt: 'First sentence.',
      minutesRead: 3,
    });
  });

  it('carries every field of a quote the extractor lists', () => {
    const { quotes } = renderMarkdown('“We will not sign,” said Jane Moss, the union leader.\n');
    expect(quotes).toHaveLength(1);
    const read = parseComputed({ quotes }, 'a.md');
    expect(read.quotes).toEqual(quotes);
    expect(read.quotes[0]).toMatchObject({ speaker: { name: 'Jane Moss' }, resolvedBy: 'cue', cue: 'said' });
  });

  it('refuses a shape the plugins cannot have written, naming the article and the field', () => {
    expect(() => parseComputed({ minutesRead: 0 }, 'content/articles/a.md')).toThrow(
      /^content\/articles\/a\.md: .* bad minutesRead/,
    );
    expect(() => parseComputed({ quotes: [{ id: 'q-1' }] }, 'a.md')).toThrow(/bad quotes\.0\.text/);
  });
});
