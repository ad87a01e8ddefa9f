/**
 * Hand-labelled quotations and how to score the extractor against them: precision and
 * recall of (quote, speaker) pairs, the measure the quotes issue sets at ≥ 0.95.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RegistryEntry, Resolution } from '../../src/quotes/types.ts';
import { loadRegistry } from '../../src/utils/load-registry.ts';
import { MENTION_SPEAKER_SIEVES, QUOTE_MENTION_SIEVES } from '../../src/quotes/index.ts';
import { type Rendered, renderMarkdown } from './markdown.ts';

export interface GoldQuote {
  /** The first words of the quoted text, without the opening mark. */
  starts: string;
  /** People id of the speaker, or null when the text names nobody. */
  speaker: string | null;
  /** How the text describes an unnamed source, when it does. */
  attribution?: string;
  /** The sieve that should decide this quote, where the fixture says (`cue`, `lead-in`, …). */
  sieve?: Resolution;
}

export interface GoldArticle {
  name: string;
  markdown: string;
  registry: RegistryEntry[];
  quotes: GoldQuote[];
  skipped: string[];
}

export const fixturesDir = path.resolve('tests/fixtures/quotes');

/**
 * The fixture folders (`input.md`, `expected.json`, optional `people/` and `organisations/`) and,
 * with `seeds`, the seed articles as they stand in `content/`. The tests leave the seeds out:
 * an editor may change or remove them, and `npm test` must pass whatever `content/` holds.
 */
export function loadGold({ seeds: withSeeds = false }: { seeds?: boolean } = {}): GoldArticle[] {
  const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = path.join(fixturesDir, entry.name);
      const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8'));
      const registry = loadRegistry(folder);
      return {
        name: entry.name,
        markdown: readFileSync(path.join(folder, 'input.md'), 'utf8'),
        registry,
        ...expected,
      };
    });
  if (!withSeeds) return fixtures;
  const seeds = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-articles.gold.json'), 'utf8'));
  const registry = loadRegistry(path.resolve('content'));
  const seedArticles = Object.entries(seeds.articles)
    .filter(([file]) => existsSync(path.resolve(file)))
    .map(([file, expected]) => ({
      name: file,
      markdown: readFileSync(path.resolve(file), 'utf8'),
      registry,
      ...(expected as { quotes: GoldQuote[]; skipped: string[] }),
    }));
  return [...fixtures, ...seedArticles];
}

export interface Score {
  /** Quotes found that are in the gold list / all quotes found. */
  detectionPrecision: number;
  detectionRecall: number;
  /** (quote, named speaker) pairs: correct / all pairs the extractor claimed. */
  precision: number;
  /** (quote, named speaker) pairs: correct / all pairs in the gold list. */
  recall: number;
  counts: { gold: number; found: number; goldPairs: number; claimedPairs: number; correctPairs: number };
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').startsWith(b.replace(/\s+/g, ' '));

export function score(articles: { gold: GoldArticle; rendered: Rendered }[]): Score {
  let gold = 0;
  let found = 0;
  let matched = 0;
  let goldPairs = 0;
  let claimedPairs = 0;
  let correctPairs = 0;
  for (const { gold: expected, rendered } of articles) {
    gold += expected.quotes.length;
    found += rendered.quotes.length;
    goldPairs += expected.quotes.filter((q) => q.speaker).length;
    claimedPairs += rendered.quotes.filter((q) => q.speaker).length;
    for (const quote of rendered.quotes) {
      const label = expected.quotes.find((q) => same(quote.text, q.starts));
      if (!label) continue;
      matched++;
      if (quote.speaker && label.speaker === quote.speaker.id) correctPairs++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    detectionPrecision: ratio(matched, found),
    detectionRecall: ratio(matched, gold),
    precision: ratio(correctPairs, claimedPairs),
    recall: ratio(correctPairs, goldPairs),
    counts: { gold, found, goldPairs, claimedPairs, correctPairs },
  };
}

export function renderGold(article: GoldArticle): Rendered {
  return renderMarkdown(article.markdown, article.registry);
}

export interface SieveScore {
  sieve: Resolution;
  /** Quotes this sieve decided and gave a named speaker, and how many of those are right. */
  named: number;
  right: number;
  /** Gold quotes labelled with this sieve, and how many of those it decided with the right speaker. */
  labelled: number;
  labelledRight: number;
}

/** Precision and recall per quote → mention sieve, in the order the driver runs them. */
export function scoreBySieve(articles: { gold: GoldArticle; rendered: Rendered }[]): SieveScore[] {
  const rows = new Map<Resolution, SieveScore>(
    [...QUOTE_MENTION_SIEVES.map((sieve) => sieve.name), 'override' as const].map((sieve) => [
      sieve,
      { sieve, named: 0, right: 0, labelled: 0, labelledRight: 0 },
    ]),
  );
  for (const { gold, rendered } of articles) {
    for (const quote of rendered.quotes) {
      const label = gold.quotes.find((q) => same(quote.text, q.starts));
      const row = rows.get(quote.resolvedBy);
      const right = Boolean(quote.speaker && label && label.speaker === quote.speaker.id);
      if (row && quote.speaker) {
        row.named++;
        if (right) row.right++;
      }
      const labelled = label?.sieve ? rows.get(label.sieve) : undefined;
      if (labelled && label?.speaker) {
        labelled.labelled++;
        if (right && quote.resolvedBy === label.sieve) labelled.labelledRight++;
      }
    }
  }
  return [...rows.values()];
}

/** Speakers given, and how many right, per mention → speaker sieve (`speakerResolvedBy`), in the driver's order. */
export function scoreBySpeakerSieve(
  articles: { gold: GoldArticle; rendered: Rendered }[],
): { sieve: string; named: number; right: number }[] {
  const rows = new Map(
    [...MENTION_SPEAKER_SIEVES.map((sieve) => sieve.name), 'override'].map((sieve) => [
      sieve,
      { sieve, named: 0, right: 0 },
    ]),
  );
  for (const { gold, rendered } of articles) {
    for (const quote of rendered.quotes) {
      const row = quote.speakerResolvedBy ? rows.get(quote.speakerResolvedBy) : undefined;
      if (!row || !quote.speaker) continue;
      row.named++;
      const label = gold.quotes.find((q) => same(quote.text, q.starts));
      if (label && label.speaker === quote.speaker.id) row.right++;
    }
  }
  return [...rows.values()];
}
