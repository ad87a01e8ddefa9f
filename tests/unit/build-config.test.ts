/** The build's settings: read through one schema, each bad value named with what to write instead. */
import { describe, expect, it } from 'vitest';
import { parseBuildConfig } from '../../src/config/build-config.ts';

describe('build settings', () => {
  it('has defaults for everything, and treats an empty variable as unset', () => {
    const config = parseBuildConfig({ BASE_PATH: '', STRICT_QUOTES: '' });
    expect(config).toMatchObject({
      SITE_URL: 'http://localhost:4321',
      BASE_PATH: '/',
      STRICT_QUOTES: false,
      SHARE_CARDS: false,
    });
    expect(parseBuildConfig({ SHARE_CARDS: '1' })).toMatchObject({ SHARE_CARDS: true });
    expect('problems' in config).toBe(false);
  });

  it('names every bad value, one line each', () => {
    const result = parseBuildConfig({
      SITE_URL: 'ftp://example.org',
      BASE_PATH: 'news reader',
      CONTENT_DIR: 'no-such-folder',
      OUT_DIR: '.',
      STRICT_QUOTES: 'yes',
      SHARE_CARDS: 'on',
      SEARCH_INDEX_AFTER_ASTRO_ABOVE: 'many',
    });
    expect('problems' in result && result.problems).toEqual([
      expect.stringMatching(/^SITE_URL=ftp:\/\/example\.org: must be an absolute http/),
      expect.stringMatching(/^BASE_PATH=news reader: must start with "\/"/),
      expect.stringMatching(/^BASE_PATH=news reader: may hold only letters/),
      expect.stringMatching(/^CONTENT_DIR=no-such-folder: no folder at /),
      expect.stringMatching(/^OUT_DIR=\.: must be a folder of its own/),
      expect.stringMatching(/^STRICT_QUOTES=yes: must be 1 \(on\) or 0 \(off\)/),
      'SHARE_CARDS=on: must be 1 (on) or 0 (off)',
      'SEARCH_INDEX_AFTER_ASTRO_ABOVE=many: must be a whole number of articles, e.g. 2000',
    ]);
  });

  it('reads STRICT_QUOTES as on or off', () => {
    expect(parseBuildConfig({ STRICT_QUOTES: '1' })).toMatchObject({ STRICT_QUOTES: true });
    expect(parseBuildConfig({ STRICT_QUOTES: 'false' })).toMatchObject({ STRICT_QUOTES: false });
  });

  it('writes the search index after Astro above 2,000 articles unless told otherwise', () => {
    expect(parseBuildConfig({})).toMatchObject({ SEARCH_INDEX_AFTER_ASTRO_ABOVE: 2000 });
    expect(parseBuildConfig({ SEARCH_INDEX_AFTER_ASTRO_ABOVE: '0' })).toMatchObject({
      SEARCH_INDEX_AFTER_ASTRO_ABOVE: 0,
    });
    expect(parseBuildConfig({ SEARCH_INDEX_AFTER_ASTRO_ABOVE: '-1' })).toEqual({
      problems: ['SEARCH_INDEX_AFTER_ASTRO_ABOVE=-1: must be a whole number of articles, e.g. 2000'],
    });
  });
});
