/**
 * Fixture folders under tests/fixtures/quotes: `input.md` in, the hand-written
 * `expected.json` (quotes in order with their speakers, and what must not count as a quote)
 * checked exactly, and `output.html` compared as a snapshot.
 * Run with UPDATE_FIXTURES=1 to rewrite the `output.html` files after an intended change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, loadGold, renderGold, score } from '../support/gold.ts';

const update = Boolean(process.env['UPDATE_FIXTURES']);
const articles = loadGold();

describe('quote fixtures', () => {
  for (const gold of articles) {
    it(gold.name, () => {
      const rendered = renderGold(gold);
      expect(
        rendered.quotes.map((quote) => ({
          text: quote.text.slice(0, gold.quotes.find((g) => quote.text.startsWith(g.starts))?.starts.length ?? 60),
          speaker: quote.speaker?.id ?? null,
          ...(quote.speaker ? {} : { attribution: quote.attribution ?? undefined }),
        })),
      ).toEqual(
        gold.quotes.map((quote) => ({
          text: quote.starts,
          speaker: quote.speaker,
          ...(quote.speaker ? {} : { attribution: quote.attribution }),
        })),
      );
      expect(rendered.skipped.map((skip) => skip.text)).toEqual(gold.skipped);

      const folder = path.join(fixturesDir, gold.name);
      if (!existsSync(path.join(folder, 'input.md'))) return;
      const expectedHtml = path.join(folder, 'output.html');
      if (update || !existsSync(expectedHtml)) writeFileSync(expectedHtml, rendered.html);
      expect(rendered.html).toBe(readFileSync(expectedHtml, 'utf8'));
    });
  }
});

it('scores at least 0.95 precision and recall of (quote, speaker) over the whole gold set', () => {
  const total = score(articles.map((gold) => ({ gold, rendered: renderGold(gold) })));
  expect(total.precision).toBeGreaterThanOrEqual(0.95);
  expect(total.recall).toBeGreaterThanOrEqual(0.95);
  expect(total.detectionRecall).toBeGreaterThanOrEqual(0.95);
});
