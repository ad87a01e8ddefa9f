/**
 * Class 9: a role shown beside a speaker comes from an apposition or a title, never from a
 * fragment next to the name, a bare honorific, a number or a relative clause.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleFrom } from '../../src/quotes/cast/roles.ts';
import { renderMarkdown } from '../support/markdown.ts';

describe('roleFrom', () => {
  it.each([
    ['the council’s leader', 'the council’s leader'],
    ['Chief Executive', 'Chief Executive'],
    ['a 34-year-old nurse from Wuhan who lost her job', 'a 34-year-old nurse from Wuhan'],
    ['ACP candidate', 'ACP candidate'],
  ])('%s → %s', (text, role) => expect(roleFrom(text)).toBe(role));

  it.each([
    'second set down',
    'Mr',
    'Cllr',
    'Sen.',
    '41',
    'who phoned the police',
    'the BBC',
    'of the University of Ghana',
  ])('gives no role for “%s”', (text) => expect(roleFrom(text)).toBeNull());
});

it('describes speakers only with roles on a page built from an article', () => {
  const { descriptions } = renderMarkdown(readFileSync('tests/fixtures/quotes/class-9-roles/input.md', 'utf8'));
  expect(descriptions).toEqual({ 'jane-moss': "the council's leader" });
});
