import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/generate-corpus.ts';
import { renderMarkdown } from '../support/markdown.ts';

describe('benchmark corpus generator', () => {
  it('is deterministic for a given index and seed', () => {
    expect(generateArticle(7).markdown).toBe(generateArticle(7).markdown);
    expect(generateArticle(7).markdown).not.toBe(generateArticle(8).markdown);
  });

  it('writes articles the quote extractor attributes, traps included', () => {
    const { quotes, skipped } = renderMarkdown(generateArticle(3).markdown);
    expect(quotes.length).toBe(7);
    expect(quotes.filter((q) => q.speaker).length).toBe(quotes.length);
    expect(skipped.map((s) => s.reason)).toEqual(['scare quote', 'title or term', 'name']);
  });
});
