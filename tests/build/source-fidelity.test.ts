/**
 * Every sentence of the two source texts must reach the built pages word for word,
 * and none of the page furniture the seeds README lists may.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/built-site.ts';

/** Copies of the texts the seed articles were made from (see the folder's README). */
const seeds = path.resolve('tests', 'fixtures', 'seeds');

/**
 * Text of a built page: tags dropped, entities decoded, white space folded. The speaker markers
 * after quotes are the reader's notes on the text, not the text, and are left out.
 */
function pageText(file: string): string {
  const html = readFileSync(file, 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<a class="speaker-marker"[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '');
  const decoded = html
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return decoded.replace(/\s+/g, ' ');
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentencesOf = (lines: string[]) =>
  lines.flatMap((line) => [...sentenceSegmenter.segment(line)].map((s) => s.segment.trim()).filter(Boolean));

const articles = [
  {
    seed: '000_140d05d5e391345a.txt',
    page: 'articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/index.html',
    markdown: '43559a9fe30b678a94837fa894f240de3cbeccd4815a690a61fc0c04166f0fc3',
    furniture: ['16 px', '↺'],
    body: (lines: string[]) => lines.slice(1, -1),
  },
  {
    seed: '002_051d1046a87bb1c4.txt',
    page: 'articles/us-direct-negotiations-with-hamas/index.html',
    markdown: 'd65d7209d217f0e212835eca51528cc0457985733c104d7d37cc1983738d6fd7',
    furniture: ['Newsletter', 'اشترك', 'Delivered straight to your inbox'],
    body: (lines: string[]) =>
      lines.slice(
        0,
        lines.findIndex((l) => l.startsWith('Sunna Files Free Newsletter')),
      ),
  },
];

/**
 * The seeds are the first content, not fixtures: an editor may edit, replace or remove them, and
 * then there is nothing to hold the page to. The check runs while the seed's Markdown is the one
 * it was written for (its SHA-256); then a missing page is a failure, not a reason to skip.
 */
function seedAsCommitted(page: string, sha256: string): boolean {
  const markdown = path.join('content', `${path.dirname(page)}.md`);
  return existsSync(markdown) && createHash('sha256').update(readFileSync(markdown)).digest('hex') === sha256;
}

describe('built article pages against their source texts', () => {
  for (const { seed, page, markdown, furniture, body } of articles) {
    it.skipIf(!seedAsCommitted(page, markdown))(
      `${page} has every sentence of ${seed} and none of its furniture`,
      () => {
        const lines = readFileSync(path.join(seeds, seed), 'utf8')
          .split('\n')
          // A leading `- ` is a bullet: the list marker, not words of the sentence.
          .map((l) => l.trim().replace(/^- /, ''));
        const text = pageText(path.join(builtSite('dist', page), page));
        const sentences = sentencesOf(body(lines).filter((l) => l && l !== '-'));
        expect(sentences.length).toBeGreaterThan(20);
        const missing = sentences.filter((sentence) => !text.includes(sentence.replace(/\s+/g, ' ')));
        expect(missing).toEqual([]);
        for (const piece of furniture) expect(text).not.toContain(piece);
      },
    );
  }
});
