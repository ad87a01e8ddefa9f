import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import { rehypeHeadingIds } from '../../src/markdown/rehype-heading-ids.ts';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeHeadingIds).use(rehypeStringify).processSync(html));

it('trims the dashes that decorated headings would put at the ends of their ids', () => {
  expect(run('<h2>– ‘Little confidence’ –</h2><h2>– ‘Little confidence’ –</h2>')).toBe(
    '<h2 id="little-confidence">– ‘Little confidence’ –</h2><h2 id="little-confidence-1">– ‘Little confidence’ –</h2>',
  );
});

it('keeps an id the author gave', () => {
  expect(run('<h3 id="mine">Context</h3><p>x</p>')).toBe('<h3 id="mine">Context</h3><p>x</p>');
});
