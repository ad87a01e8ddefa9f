/** Names as news copy writes them: titles, honorifics, post-nominals and particles split from the name. */
import { describe, expect, it } from 'vitest';
import { nameRunAt, parseName } from '../../src/quotes/grammar/names.ts';
import { tokenize } from '../../src/quotes/text/tokens.ts';

/** The first name run of a phrase, parsed. */
function parse(text: string) {
  const tokens = tokenize(text);
  const start = tokens.findIndex((_, i) => nameRunAt(tokens, i) !== null);
  return parseName(nameRunAt(tokens, start)!.run);
}

describe('parseName', () => {
  it.each([
    ['Cllr Jane Moss', 'Jane Moss', 'Cllr'],
    ['Mr Patel', 'Patel', 'Mr'],
    ['Sen. Ruth Ward', 'Ruth Ward', 'Sen'],
    ['Chief Executive Ana Ruiz', 'Ana Ruiz', null],
    ['Rural Development Minister Munde', 'Munde', null],
    ['Cleveland-Cliffs CEO Lourenco Goncalves', 'Lourenco Goncalves', null],
    ['Dr. Jeffrey J. Bazarian', 'Jeffrey J. Bazarian', 'Dr'],
    // An occupation opening a sentence is capitalised, but it is still not part of the name.
    ['Librarian Sam Whitcombe', 'Sam Whitcombe', null],
    ['Curator Ines Duarte', 'Ines Duarte', null],
  ])('%s → %s', (written, name, honorific) => {
    const parsed = parse(written);
    expect(parsed.text).toBe(name);
    expect(parsed.honorific).toBe(honorific);
    expect(parsed.kind).toBe('person');
  });

  it('ends an office over its portfolio, `and` included', () => {
    expect(parse('Minister for Ports and Maritime Affairs Beata Wolny said')).toMatchObject({
      text: 'Beata Wolny',
      title: 'Minister for Ports and Maritime Affairs',
      kind: 'person',
    });
  });

  it('reads a role and a letter or number as someone anonymous', () => {
    expect(parse('Witness B told the court')).toMatchObject({ text: 'Witness B', kind: 'anonymous' });
  });

  it('joins a place and a lower-case institution into an organisation', () => {
    expect(parse('Kilbride police said')).toMatchObject({ text: 'Kilbride police', kind: 'organisation' });
  });

  it('splits post-nominals off', () => {
    expect(parse('David Ames KC')).toMatchObject({ text: 'David Ames', postNominals: ['KC'] });
  });

  it('keeps particles, hyphens and apostrophes inside the name', () => {
    expect(parse('Ursula von der Leyen').text).toBe('Ursula von der Leyen');
    expect(parse('Juan de la Cruz').text).toBe('Juan de la Cruz');
    expect(parse('Amal el-Sayed').text).toBe('Amal el-Sayed');
    expect(parse('Sinead O’Brien').text).toBe('Sinead O’Brien');
    expect(parse('insists van der Berg').text).toBe('van der Berg');
  });

  it('keeps a surname that is also a title: John Major, not Major', () => {
    expect(parse('John Major').text).toBe('John Major');
  });

  it('tells organisations, outlets and places from people', () => {
    expect(parse('Park Hills Fire Department').kind).toBe('organisation');
    expect(parse('ACP').kind).toBe('organisation');
    expect(parse('Sky News').kind).toBe('outlet');
    expect(parse('NBC Chicago').kind).toBe('outlet');
    expect(parse('Coffman Street').kind).toBe('place');
    expect(parse('Western Cape').kind).toBe('place');
  });

  it('reads the honorific’s gender', () => {
    expect(parse('Ms Moss').gender).toBe('female');
    expect(parse('Sir Lindsay Hoyle').gender).toBe('male');
    expect(parse('Dr Ana Ruiz').gender).toBeNull();
  });
});

describe('nameRunAt', () => {
  it('finds no name in a rank alone, or a title with its portfolio', () => {
    for (const text of ['Scottish MP said', 'MPs said', 'Minister for Fisheries said']) {
      expect(nameRunAt(tokenize(text), 0)).toBeNull();
    }
  });

  it('does not start a name on a sentence word, a time stamp, a title alone or a party tag', () => {
    for (const text of ['Last week', 'Each said', 'BST', 'Speaker', 'D-Calif.']) {
      const tokens = tokenize(text);
      expect(nameRunAt(tokens, 0), text).toBeNull();
    }
  });
  it('joins a nationality to an organisation’s name over `and`, and only then', () => {
    expect(parse('Irish and Northern Gas Networks said').text).toBe('Irish and Northern Gas Networks');
    expect(parse('Irish and French officials said').text).toBe('Irish');
  });
  it('stops at a possessive and at a platform', () => {
    expect(parse('Trump’s envoy').text).toBe('Trump');
    expect(parse('the Park Hills Fire Department Facebook page').text).toBe('Park Hills Fire Department');
  });
});
