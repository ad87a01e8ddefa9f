/**
 * Each quote→mention sieve on its own: what it decides, given what the sieves before it in the
 * driver's order decided, and where it must pass. Articles are written here, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { decideWith } from '../support/quote-stages.ts';

const decided = (markdown: string, sieve: Parameters<typeof decideWith>[1]) =>
  decideWith(markdown, sieve).map((outcome) => outcome.decided);

describe('cue', () => {
  it('takes the speech verb in the quote’s sentence, before or after it', () => {
    expect(decided('“We will appeal,” said Ana Ruiz. Moss added: “So will we.”', 'cue')).toEqual(['Ana Ruiz', 'Moss']);
  });
  it('gives a participle’s quote to the clause’s subject, and a coordinated verb too', () => {
    expect(decided('Last week, Minister Joy Ade made the same point, saying “the money is gone”.', 'cue')).toEqual([
      'Minister Joy Ade',
    ]);
    expect(decided('Ben Okri, on the other hand, was calm and credited the staff for “a fine night”.', 'cue')).toEqual([
      'Ben Okri',
    ]);
  });
  it('gives a joined verb to its own clause’s subject, and a joined participle to whoever does both', () => {
    expect(decided('The clerk said that as the vote was read, Ann Bell stood and shouted: “Shame!”', 'cue')).toEqual([
      'Ann Bell',
    ]);
    expect(decided('The video shows Ian Ross climbing a wall and calling out: “Look!”', 'cue')).toEqual(['Ian Ross']);
  });
  it('puts a participle right before the quote ahead of a cue after it', () => {
    const markdown = 'The row led Mayor Ian Ross to meet the staff, telling them “we stay open”, his aide said.';
    expect(decided(markdown, 'cue')).toEqual(['Mayor Ian Ross']);
  });
  it('reads past a place between subject and verb, joined roles, `quoted … as saying` and a label', () => {
    expect(decided('“We wait,” the Harbour Board in Tarnow said.', 'cue')).toEqual(['the Harbour Board']);
    expect(decided('The Harbour Board in Tarnow said: “We wait.”', 'cue')).toEqual(['Harbour Board']);
    expect(decided('“No,” said cellist and teacher, Ana Ruiz.', 'cue')).toEqual(['Ana Ruiz']);
    expect(decided('The Courier quoted Ian Ross as saying “it is over”.', 'cue')).toEqual(['Ian Ross']);
    expect(decided('Ross: “It is over.”', 'cue')).toEqual(['Ross']);
  });
  it('reads a lead-in ending in a comma as one ending in a colon', () => {
    expect(decided('Speaking after the match, Ana Ruiz was blunt, “We were poor.”', 'cue')).toEqual(['Ana Ruiz']);
  });
  it('gives words to whoever a speech noun says they came from', () => {
    expect(decided('They got the same reply from Mayor Ian Ross: “No.”', 'cue')).toEqual(['Mayor Ian Ross']);
    expect(decided('Ana Ruiz’s claim that the plan was “fully costed” fell flat.', 'cue')).toEqual(['Ana Ruiz’s']);
  });
  it('does not take a verb that is a noun here, or a base form without a subject for it', () => {
    expect(decided('The minister’s remarks were “a disgrace to this house”.', 'cue')).toEqual([null]);
  });
});

describe('round-up', () => {
  it('takes the name after a dash on the line after the quote, or after the quote', () => {
    const markdown = '“I came to win.”\n\n— Ana Ruiz, after her semi-final\n\n“Ask me on Sunday.” — Lotte Brink';
    expect(decided(markdown, 'round-up')).toEqual(['Ana Ruiz', 'Lotte Brink']);
  });
  it('takes a caption: the sentence after a quote that opens its paragraph, with a person as subject', () => {
    expect(decided('“We go again.” Captain Ana Ruiz looks forward to the new season.', 'round-up')).toEqual([
      'Captain Ana Ruiz',
    ]);
  });
  it('takes no caption after a lead-in that ends with a colon', () => {
    expect(decided('Ana Ruiz said:\n\n“We go again.” Tom Hale left on Monday.', 'round-up')).toEqual([null]);
  });
  it('passes when the next line names nobody after a dash', () => {
    expect(decided('“I came to win.”\n\nThe Hill', 'round-up')).toEqual([null]);
  });
});

describe('lead-in', () => {
  it('takes the cue that ends the paragraph before a quote paragraph', () => {
    const markdown = 'The director, Nadia Brennan, opened the meeting. She said:\n\n“We let you down.”';
    expect(decided(markdown, 'lead-in')).toEqual(['She']);
  });
  it('passes on a question line and on a lead-in for several voices', () => {
    expect(decided('On the penalty?:\n\n‘I will take the next one.’', 'lead-in')).toEqual([null]);
    expect(decided('What they said:\n\n“I came to win.”', 'lead-in')).toEqual([null]);
  });
});

describe('following-sentence', () => {
  it('takes the sentence after the quote when it is about saying it', () => {
    expect(decided('“Where will the vans go?” Gareth Lowe asked.', 'following-sentence')).toEqual(['Gareth Lowe']);
  });
  it('passes when that sentence reports something else', () => {
    expect(decided('“We will win.” Patel said the team was ready.', 'following-sentence')).toEqual([null]);
  });
});

describe('continuation', () => {
  it('continues the speaker into the next quote of the sentence, the paragraph, or a quote-only paragraph', () => {
    const markdown = '“We held on,” she said. “Then we won.”\n\n“Nobody expected it.”';
    expect(decided(markdown, 'continuation')).toEqual([null, 'same as: We held on,', 'same as: Then we won.']);
  });
  it('continues past a firm named in the attribution, into a bracketed or lower-case sentence of speech', () => {
    const markdown =
      '“Rates will fall,” said Jonas Pihl, an analyst at Corwen Partners.\n\n“[They] overshot.”\n\n“Demand is weak,” said Ana Sousa. Later, “it got weaker still.”';
    expect(decided(markdown, 'continuation')).toEqual([
      null,
      'same as: Rates will fall,',
      null,
      'same as: Demand is weak,',
    ]);
  });
  it('does not continue into a lower-case fragment', () => {
    expect(decided('“Demand is weak,” said Ana Sousa. Rivals called it “overdone”.', 'continuation')).toEqual([
      null,
      null,
    ]);
  });
  it('does not continue past someone else named in between', () => {
    expect(decided('“We held on,” said Ana Ruiz. Tom Hale disagreed. “It was luck.”', 'continuation')).toEqual([
      null,
      null,
    ]);
  });
});

describe('conversation', () => {
  it('gives an answer after a question line to whoever answered before it', () => {
    const markdown = '‘We should have won’, says Tom Ashby\n\nOn the missed penalty?:\n\n‘I will take the next one.’';
    expect(decided(markdown, 'conversation')).toEqual([null, 'same as: We should have won']);
  });
});

describe('introduction', () => {
  it('takes the one person the sentence before puts forward', () => {
    expect(decided('Engineer Marta Kowalczyk led the work. “We started again.”', 'introduction')).toEqual([
      'Engineer Marta Kowalczyk',
    ]);
  });
  it('takes a person the sentence opens with `For`, and a subject before its auxiliary', () => {
    expect(decided('For Ana Ruiz, the low point came in May. “We froze.”', 'introduction')).toEqual(['Ana Ruiz']);
    expect(decided('Tom Hale met the band. Hale also had to pay. “Nobody wanted that.”', 'introduction')).toEqual([
      'Hale',
    ]);
  });
  it('passes when that sentence names two people', () => {
    expect(decided('Marta Kowalczyk met Ben Adair. “We started again.”', 'introduction')).toEqual([null]);
  });
});

describe('closest-mention', () => {
  it('takes the one person who is the subject of the quote’s sentence', () => {
    expect(decided('Her successor, Paul Mensah, owes her “more than we will ever know”.', 'closest-mention')).toEqual([
      'Paul Mensah',
    ]);
  });
  it('passes on a fragment and on a sentence that names nobody', () => {
    expect(decided('He is a “hawk” by reputation.', 'closest-mention')).toEqual([null]);
    expect(decided('The shelves carried a sign: “Take what you need.”', 'closest-mention')).toEqual([null]);
  });
});
