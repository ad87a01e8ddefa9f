import { describe, expect, it } from 'vitest';
import { originalQuoteUrl, standaloneQuote } from '../../src/utils/quote-links.ts';
import { withBase } from '../../src/utils/paths.ts';

describe('quote links', () => {
  it('links a short quote in the original with a text fragment of its words', () => {
    expect(originalQuoteUrl('https://news.az/a#top', 'obviously worried')).toBe(
      'https://news.az/a#:~:text=obviously%20worried',
    );
  });

  it('uses the first and last words of a long quote, escaping the characters text fragments reserve', () => {
    expect(
      originalQuoteUrl('https://x.org/a', 'He’s not declaring a policy. He’s leaving every-body guessing, again,'),
    ).toBe(
      'https://x.org/a#:~:text=He%E2%80%99s%20not%20declaring%20a,leaving%20every%2Dbody%20guessing%2C%20again%2C',
    );
  });

  it('drops the comma that led into the attribution when a quote stands alone', () => {
    expect(standaloneQuote('under the bus,')).toBe('under the bus');
    expect(standaloneQuote('It is over.')).toBe('It is over.');
  });

  it('prefixes site paths with the base path', () => {
    expect(withBase('/people/x/', '/')).toBe('/people/x/');
    expect(withBase('/people/x/', '/news-reader/')).toBe('/news-reader/people/x/');
    expect(withBase('people/x/', '/news-reader')).toBe('/news-reader/people/x/');
  });
});
