/**
 * The word lists under src/quotes/lexicon/ are data: each says what it is for, and its entries
 * are written the way the code looks them up (lower case, no stray spaces, no repeats).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HONORIFICS,
  isReplyVerb,
  isSpeechParticiple,
  isSpeechVerb,
  NATIONALITY,
  OFFICES,
  takesListener,
} from '../../src/quotes/lexicon/index.ts';

const folder = path.resolve('src/quotes/lexicon');
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe.each(files)('%s', (name) => {
  const data = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Record<string, unknown>;
  const entries = Object.entries(data).filter(([key]) => key !== 'description');

  it('says what it is for, with an example', () => {
    expect(typeof data['description']).toBe('string');
    expect(data['description']).toMatch(/`[^`]+`/u);
    expect(entries).toHaveLength(1);
  });

  it('holds lower-case entries, trimmed and without repeats', () => {
    const [, value] = entries[0]!;
    const words = Array.isArray(value)
      ? value.flat(2).filter((item): item is string => typeof item === 'string')
      : Object.keys(value as object);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(word).toBe(word.trim());
    // Nationalities are written as the text writes them (`Denmark`, `Danish`); the lookup lower-cases them.
    if (name !== 'nationalities.json') for (const word of words) expect(word, word).toBe(word.toLowerCase());
    if (!Array.isArray(value) || typeof value[0] === 'string') expect(new Set(words).size).toBe(words.length);
  });
});

describe('lookups', () => {
  it('knows every form of a speech verb, and which take a listener or answer a question', () => {
    for (const form of ['say', 'says', 'said', 'tells', 'told', 'tweeted', 'recalled', 'insists', 'adds']) {
      expect(isSpeechVerb(form), form).toBe(true);
    }
    expect(isSpeechParticiple('saying')).toBe(true);
    expect(isSpeechVerb('saying')).toBe(false);
    expect(takesListener('told')).toBe(true);
    expect(takesListener('said')).toBe(false);
    expect(isReplyVerb('answered')).toBe(true);
  });
  it('lists every listener and reply verb among the speech verbs', () => {
    for (const name of ['listener-verbs.json', 'reply-verbs.json']) {
      const { words } = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as { words: string[] };
      for (const word of words) expect(isSpeechVerb(word) || isSpeechVerb(`${word}s`), word).toBe(true);
    }
  });
  it('tells honorifics’ gender, and maps a nationality’s words to its country', () => {
    expect(HONORIFICS.get('ms')).toBe('female');
    expect(HONORIFICS.get('dr')).toBeNull();
    expect(NATIONALITY.get('dane')).toBe('Denmark');
    expect(NATIONALITY.get('danish')).toBe('Denmark');
    expect(OFFICES.has('minister')).toBe(true);
  });
});
