/** The excerpt lists show for an article without a summary: its opening whole sentences. */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { computedSoFar } from '../../src/markdown/frontmatter.ts';
import { remarkExcerpt } from '../../src/markdown/remark-excerpt.ts';

function excerptOf(markdown: string): string {
  const file = new VFile({ value: markdown, path: 'a.md' });
  const processor = unified().use(remarkParse).use(remarkExcerpt);
  processor.runSync(processor.parse(file), file);
  return computedSoFar(file).excerpt;
}

const filler = (words: number) => Array.from({ length: words }, () => 'word').join(' ');

describe('remark-excerpt', () => {
  it('takes whole sentences of the first paragraph, and stops before going over 240 characters', () => {
    const third = `Then ${filler(50)}.`;
    expect(excerptOf(`# Title\n\nFirst one. Second one. ${third}\n\nNext paragraph.`)).toBe('First one. Second one.');
  });

  it('does not end a sentence after an abbreviation or an initial, as the quote extractor does not', () => {
    expect(excerptOf(`Sen. Ann Roe and James M. Dorsey spoke first. Then ${filler(60)}.`)).toBe(
      'Sen. Ann Roe and James M. Dorsey spoke first.',
    );
    // A long first sentence is cut at a word, not reduced to "Sen.".
    expect(excerptOf(`Sen. Ann Roe ${filler(50)} spoke.`)).toMatch(/^Sen\. Ann Roe word word .*word…$/);
  });

  it('reads a paragraph wrapped over several lines as running text', () => {
    expect(excerptOf(`The talks resumed on Monday\nafter a week of delays. Then ${filler(60)}.`)).toBe(
      'The talks resumed on Monday\nafter a week of delays.',
    );
    expect(excerptOf(`The talks resumed on Monday\nafter ${filler(50)} delays.`)).toMatch(
      /^The talks resumed on Monday\nafter word .*word…$/,
    );
  });

  it('cuts a first sentence that alone is too long at a word, with an ellipsis', () => {
    const excerpt = excerptOf(`${filler(80)}.`);
    expect(excerpt.length).toBeLessThanOrEqual(240);
    expect(excerpt).toMatch(/word…$/);
  });
});
