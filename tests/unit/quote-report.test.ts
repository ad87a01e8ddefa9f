/** The build report names, per article, the quotes an editor should check, as file:line. */
import { expect, it } from 'vitest';
import type { QuotesFileQuote } from '../../src/data/quotes-file.ts';
import { quoteReportLines } from '../../src/integrations/quote-report.ts';

const quote = (overrides: Partial<QuotesFileQuote>): QuotesFileQuote => ({
  id: 'q-x',
  text: 'Words.',
  speaker: null,
  article: 'story',
  url: '/articles/story/#q-x',
  attribution: null,
  cue: null,
  mention: null,
  resolvedBy: 'none',
  speakerResolvedBy: null,
  looksLikeSpeech: true,
  line: 3,
  ...overrides,
});

it('lists the quotes only the last-resort sieve decided, and the unattributed ones, with file:line', () => {
  const report = quoteReportLines(
    [
      quote({
        text: 'more than this town will ever know',
        speaker: { id: 'paul-mensah', name: 'Paul Mensah', url: '/people/paul-mensah/', kind: 'person' },
        resolvedBy: 'closest-mention',
        line: 7,
      }),
      quote({ text: 'Take what you need.', line: 9 }),
      quote({ resolvedBy: 'cue', speaker: { id: 'a', name: 'A', url: '/people/a/', kind: 'person' }, line: 2 }),
    ],
    (article) => `content/articles/${article}.md`,
  );
  expect(report.info).toEqual([
    'story: 3 found, 2 attributed, 0 to unnamed sources, 1 unattributed, 1 by the last resort',
  ]);
  expect(report.warnings).toEqual([
    '  unattributed at content/articles/story.md:9: “Take what you need.”',
    '  check content/articles/story.md:7: “more than this town will ever know” went to Paul Mensah, the only person its sentence names (no speech verb)',
  ]);
  expect(report.missing).toEqual(['content/articles/story.md:9']);
});
