import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuotesFile } from '../data/quotes-file.ts';

export interface QuoteReportOptions {
  /** Folder the articles were read from, for `file:line` in the report. */
  articlesDir: string;
  /** Fail the build when a quote that looks like speech has no speaker. */
  strict: boolean;
}

/**
 * Prints, after every build, how many quotes each article has and which ones no speaker
 * could be found for, as `file:line`, so editors can add a cue or an override. With
 * `strict`, such quotes fail the build.
 */
export function quoteReport({ articlesDir, strict }: QuoteReportOptions): AstroIntegration {
  return {
    name: 'quote-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const file = path.join(fileURLToPath(dir), 'quotes.json');
        const { quotes } = JSON.parse(readFileSync(file, 'utf8')) as QuotesFile;
        const byArticle = Map.groupBy(quotes, (quote) => quote.article);
        const missing: string[] = [];
        for (const [article, list] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
          const attributed = list.filter((q) => q.speaker).length;
          const anonymous = list.filter((q) => !q.speaker && q.attribution).length;
          const unattributed = list.filter((q) => !q.speaker && !q.attribution);
          logger.info(
            `${article}: ${list.length} found, ${attributed} attributed, ${anonymous} to unnamed sources, ${unattributed.length} unattributed`,
          );
          const source = path.relative(process.cwd(), path.join(articlesDir, `${article}.md`));
          for (const quote of unattributed) {
            const where = `${source}:${quote.line}`;
            logger.warn(`  unattributed at ${where}: “${quote.text.slice(0, 80)}${quote.text.length > 80 ? '…' : ''}”`);
            if (quote.looksLikeSpeech && quote.resolvedBy !== 'override') missing.push(where);
          }
        }
        if (strict && missing.length > 0) {
          throw new Error(
            `Strict quotes: ${missing.length} quote(s) that look like speech have no speaker:\n  ${missing.join('\n  ')}\n` +
              'Add a speech cue naming the speaker, or write <!-- speaker: id --> (or <!-- speaker: none -->) right after the closing quotation mark.',
          );
        }
      },
    },
  };
}
