import path from 'node:path';
import { expect, it } from 'vitest';
import { displayPath } from '../../src/utils/display-path.ts';

it('names files inside the project relatively, and files elsewhere absolutely', () => {
  expect(displayPath('/work/site/content/articles/a.md', '/work/site')).toBe('content/articles/a.md');
  expect(displayPath('/work/site', '/work/site')).toBe('.');
  // A sibling folder shares a prefix with the project but is not inside it.
  expect(displayPath('/tmp/corpus/articles/a.md', '/tmp/c')).toBe('/tmp/corpus/articles/a.md');
  expect(displayPath('/work/site-2/a.md', '/work/site')).toBe('/work/site-2/a.md');
  expect(displayPath('content/a.md')).toBe(path.join('content', 'a.md'));
});
