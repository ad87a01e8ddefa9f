import { describe, expect, it } from 'vitest';
import { innerText, scanQuotations } from '../../src/quotes/text/marks.ts';
import { sentenceRanges } from '../../src/quotes/text/sentences.ts';

const quoted = (text: string) => scanQuotations(text).map((span) => innerText(text, span));

describe('scanQuotations', () => {
  it('pairs curly, straight and guillemet marks', () => {
    expect(quoted('He said “yes” and "no" and «peut-être».')).toEqual(['yes', 'no', 'peut-être']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted('He’s sure Israel’s allies and the students’ union agree.')).toEqual([]);
    expect(quoted("It's the students' union, not the 'tis season.")).toEqual([]);
  });

  it('keeps nested quotes inside the outer one, either way round', () => {
    expect(quoted('“He said ‘I’m strong’ twice,” she said.')).toEqual(['He said ‘I’m strong’ twice,']);
    expect(quoted('‘The “red lines” are gone,’ she said.')).toEqual(['The “red lines” are gone,']);
    expect(quoted(`“… saying, ‘I’m strong … Hamas.'”`)).toEqual([`… saying, ‘I’m strong … Hamas.'`]);
  });

  it('reports a quote left open at the end of a paragraph', () => {
    const [span] = scanQuotations('“We will keep every hospital running.');
    expect(span).toMatchObject({ start: 0, closed: false });
  });

  it('ignores a lone elided word', () => {
    expect(quoted("Rock 'n' roll and 'em all.")).toEqual([]);
  });
});

describe('sentenceRanges', () => {
  it('treats quotes as one piece and abbreviations as no boundary', () => {
    const text = '“Yes. No,” he told the U.S. envoy. Dr. Smith left.';
    const sentences = sentenceRanges(text, scanQuotations(text)).map((r) => text.slice(r.start, r.end).trim());
    expect(sentences).toEqual(['“Yes. No,” he told the U.S. envoy.', 'Dr. Smith left.']);
  });

  it('ends a sentence at a quote that ends one', () => {
    const text = 'She said: “It is over.” Then she left.';
    const sentences = sentenceRanges(text, scanQuotations(text)).map((r) => text.slice(r.start, r.end).trim());
    expect(sentences).toEqual(['She said: “It is over.”', 'Then she left.']);
  });
});
