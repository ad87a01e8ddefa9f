/** The build cache key changes with any file under the extractor's folder, a nested word list included. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { sourceDigest } from '../../src/utils/source-digest.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

it('hashes every file under the folder, recursively, data files included', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'digest-'));
  folders.push(folder);
  mkdirSync(path.join(folder, 'lexicon'));
  writeFileSync(path.join(folder, 'index.ts'), 'export {};\n');
  writeFileSync(path.join(folder, 'lexicon', 'words.json'), '{"words":["said"]}\n');
  const before = sourceDigest(folder);
  expect(sourceDigest(folder)).toBe(before);
  writeFileSync(path.join(folder, 'lexicon', 'words.json'), '{"words":["said","added"]}\n');
  expect(sourceDigest(folder)).not.toBe(before);
});

it('covers the sieves and word lists of the project’s own extractor', () => {
  const digest = sourceDigest('src/quotes');
  expect(digest).toMatch(/^[0-9a-f]{16}$/u);
});
