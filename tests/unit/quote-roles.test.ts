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
    // A sentence's opening word, and an honorific that belongs to the name after the title, go.
    ['Meanwhile Dunmore harbour master', 'Dunmore harbour master'],
    ['However council leader', 'council leader'],
    ['Fisheries Minister Dr', 'Fisheries Minister'],
    ['Assistant Professor', 'Assistant Professor'],
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

it('takes no verb after `to` or a modal for a role, however it ends', () => {
  const { descriptions } = renderMarkdown(
    [
      'The ferry board hoped to see Ines Moreau before the vote.',
      '',
      '“We owe her a great deal,” Moreau said.',
      '',
      'The crew planned to confront editor Ruth Ames. “We stand by the story,” Ames said.',
      '',
      'Board members wrote to skipper Ana Lenz. “The crossing is safe,” Lenz said.',
    ].join('\n'),
  );
  expect(descriptions).toEqual({ 'ruth-ames': 'editor', 'ana-lenz': 'skipper' });
});
