/**
 * Fixture folders under tests/fixtures/quotes: `input.md` in, the hand-written
 * `expected.json` (quotes in order with their speakers, and what must not count as a quote)
 * checked exactly, and `output.html` compared as a snapshot.
 * After an intended change, `UPDATE_FIXTURES=1 npx vitest run tests/unit/quote-fixtures.test.ts`
 * writes the `output.html` files (new folders' too), to be read and committed. A missing file is a
 * failure otherwise, and always in CI (`CI=true`), where nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, loadGold, renderGold, score } from '../support/gold.ts';

const update = Boolean(process.env['UPDATE_FIXTURES']) && !process.env['CI'];
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
      if (update) writeFileSync(expectedHtml, rendered.html);
      if (!existsSync(expectedHtml)) {
        throw new Error(`${path.relative('.', expectedHtml)} is missing: write it with UPDATE_FIXTURES=1 and read it.`);
      }
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
