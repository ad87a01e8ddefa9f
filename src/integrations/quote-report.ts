import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuotesFile, QuotesFileQuote } from '../data/quotes-file.ts';
import { filesIn, idFromFileName, MARKDOWN_FILE } from '../utils/markdown-files.ts';
import { editorError } from '../utils/editor-error.ts';
import { displayPath } from '../utils/display-path.ts';
import { readSiteFile } from '../utils/site-files.ts';

export interface QuoteReportOptions {
  /** Folder the articles were read from, for `file:line` in the report. */
  articlesDir: string;
  /** Fail the build when a quote that looks like speech has no speaker. */
  strict: boolean;
}

export interface QuoteReport {
  info: string[];
  warnings: string[];
  /** `file:line` of quotes that look like speech but have no speaker and no override: what strict mode fails on. */
  missing: string[];
}

const excerpt = (text: string) => `“${text.slice(0, 80)}${text.length > 80 ? '…' : ''}”`;

/**
 * The report, per article: how many quotes were found, attributed, given to unnamed sources and
 * left unattributed; then, as `file:line` for an editor to check, the unattributed quotes and
 * the ones only the last-resort sieve (`closest-mention`) decided.
 */
export function quoteReportLines(quotes: readonly QuotesFileQuote[], fileOf: (article: string) => string): QuoteReport {
  const report: QuoteReport = { info: [], warnings: [], missing: [] };
  const byArticle = Map.groupBy(quotes, (quote) => quote.article);
  for (const [article, list] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
    const attributed = list.filter((q) => q.speaker).length;
    const anonymous = list.filter((q) => !q.speaker && q.attribution).length;
    const unattributed = list.filter((q) => !q.speaker && !q.attribution);
    const guessed = list.filter((q) => q.resolvedBy === 'closest-mention');
    report.info.push(
      `${article}: ${list.length} found, ${attributed} attributed, ${anonymous} to unnamed sources, ${unattributed.length} unattributed` +
        (guessed.length > 0 ? `, ${guessed.length} by the last resort` : ''),
    );
    const source = fileOf(article);
    for (const quote of unattributed) {
      const where = `${source}:${quote.line}`;
      report.warnings.push(`  unattributed at ${where}: ${excerpt(quote.text)}`);
      if (quote.looksLikeSpeech && quote.resolvedBy !== 'override') report.missing.push(where);
    }
    for (const quote of guessed) {
      report.warnings.push(
        `  check ${source}:${quote.line}: ${excerpt(quote.text)} went to ${quote.speaker?.name ?? 'nobody'}, the only person its sentence names (no speech verb)`,
      );
    }
  }
  return report;
}

/**
 * Prints, after every build, the quote report (`quoteReportLines`), so editors can add a cue
 * or an override where the extractor had to guess or gave up. With `strict`, quotes that look
 * like speech and have no speaker fail the build.
 */
export function quoteReport({ articlesDir, strict }: QuoteReportOptions): AstroIntegration {
  return {
    name: 'quote-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { quotes } = JSON.parse(readSiteFile(fileURLToPath(dir), 'quotes.json')) as QuotesFile;
        const files = new Map(
          filesIn(articlesDir, { recursive: true })
            .filter((name) => MARKDOWN_FILE.test(name))
            .map((name) => [idFromFileName(name), displayPath(path.join(articlesDir, name))]),
        );
        const report = quoteReportLines(quotes, (article) => files.get(article) ?? article);
        for (const line of report.info) logger.info(line);
        for (const line of report.warnings) logger.warn(line);
        if (strict && report.missing.length > 0) {
          throw editorError(
            `Strict quotes: ${report.missing.length} quote(s) that look like speech have no speaker:\n  ${report.missing.join('\n  ')}\n` +
              'Add a speech cue naming the speaker, or write <!-- speaker: id --> (or <!-- speaker: none -->) right after the closing quotation mark.',
          );
        }
      },
    },
  };
}
