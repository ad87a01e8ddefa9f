/**
 * Each mention→speaker sieve on its own: which phrases it resolves, to whom, and which it
 * leaves to the sieves after it. Articles are written here, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { type Resolved, resolutions } from '../support/quote-stages.ts';

const by = (markdown: string, phrase: string): Resolved | undefined =>
  resolutions(markdown).findLast((resolved) => resolved.phrase === phrase);

describe('name', () => {
  it('links a family name, an honorific and a given name to the full name before them', () => {
    const markdown = 'Cllr Jane Moss opened the meeting. Ms Moss said “we are broke”. “Moss is right,” said Dev Patel.';
    expect(by(markdown, 'Ms Moss')).toMatchObject({ sieve: 'name', speaker: 'Jane Moss' });
  });
  it('never gives a quote to an outlet, and gives a country’s to the country', () => {
    expect(by('“We will wait,” Tom Hale told the BBC.', 'Tom Hale')?.speaker).toBe('Tom Hale');
    expect(by('Israel said it had “expressed its opinion”.', 'Israel')).toMatchObject({ speaker: 'Israel' });
  });
});

describe('pronoun', () => {
  it('does not take someone named in a phrase before it in its sentence, such as an interviewer', () => {
    const markdown =
      'Mayor Tom Reyes backed the plan. In an interview with presenter Ian Doyle, he said “it will work”.';
    expect(by(markdown, 'he')).toMatchObject({ sieve: 'pronoun', speaker: 'Tom Reyes' });
  });
  it('never gives a parenthetical attribution the subject of the clause it interrupts', () => {
    const markdown = 'Engineer Carys Pugh spoke first. The mayor, she said, had “never asked”.';
    expect(by(markdown, 'she')).toMatchObject({ speaker: 'Carys Pugh' });
  });
  it('still gives a possessive the person its sentence names', () => {
    const markdown = 'Mayor Tom Reyes spoke first. Ana Ruiz, defended her statement calling the plan “a mess”.';
    expect(by(markdown, 'her statement')).toMatchObject({ speaker: 'Ana Ruiz' });
  });
  it('agrees in gender with what the text told of each person', () => {
    const markdown =
      'Prosecutor Helen Achebe spoke first. Mr Graham Colt, 58, denies the charges. “He did nothing,” she said.';
    expect(by(markdown, 'she')).toMatchObject({ sieve: 'pronoun', speaker: 'Helen Achebe' });
  });
  it('reads a subject through an age and a relative clause after its name', () => {
    const markdown =
      'Cllr Oliver Grant backed the plan. Pat Reyes, 71, who has lived on the street for decades, was less sure. “Nobody asked us,” she said.';
    expect(by(markdown, 'she')).toMatchObject({ speaker: 'Pat Reyes' });
  });
  it('gives nobody a pronoun whose last subject was someone unnamed', () => {
    const markdown =
      'Forecaster Ian Moss expected gales. A man who lives by the harbour said the sea wall held. “Just,” he said.';
    expect(by(markdown, 'he')?.speaker).not.toBe('Ian Moss');
  });
  it('does not give a reply to whoever asked the question', () => {
    const markdown =
      'Nadia Brennan took questions. “And the lifts?” asked one resident. “Within the year,” she answered.';
    expect(by(markdown, 'she')).toMatchObject({ speaker: 'Nadia Brennan' });
  });
});

describe('spokesperson', () => {
  it('gives a spokesperson’s words to the organisation, keeping how the text put it', () => {
    const markdown = 'A spokesperson for Coastline Ferries said the firm was “cooperating fully”.';
    expect(by(markdown, 'A spokesperson for Coastline Ferries')).toMatchObject({
      sieve: 'spokesperson',
      speaker: 'Coastline Ferries',
      attribution: 'A spokesperson for Coastline Ferries',
    });
  });
});

describe('organisation', () => {
  it('gives a document to whoever the text put forward as issuing it, person or group, named or not', () => {
    const group = 'The Larkspur Trio posted a farewell. “Thank you,” read the message.';
    expect(by(group, 'the message')).toMatchObject({ sieve: 'organisation', speaker: 'Larkspur Trio' });
    const person = 'Cllr Maeve Doran shared a video. “I am staying,” the video says.';
    expect(by(person, 'the video')).toMatchObject({ speaker: 'Maeve Doran' });
    const court = 'The Larkspur Trio left. The county court issued an order. “Open the gates,” the order said.';
    expect(by(court, 'the order')).toMatchObject({ speaker: null, attribution: 'The county court' });
  });
  it('gives `the` and initials, and a bare institution, to the body named before', () => {
    const initials = 'The Lakes Water Authority (LWA) acted. “Boil it,” the LWA said.';
    expect(by(initials, 'LWA')).toMatchObject({ speaker: 'Lakes Water Authority' });
    const police = 'Kilbride police closed the road. “Nobody was hurt,” police said.';
    expect(by(police, 'police')).toMatchObject({ sieve: 'organisation', speaker: 'Kilbride police' });
  });
  it('keeps a body of its own apart from the name inside its description', () => {
    const markdown = 'The Energy Agency cut its forecast. The EU food safety agency said it was “watching”.';
    expect(by(markdown, 'The EU food safety agency')).toMatchObject({ speaker: null });
  });
  it('does not take the word before an office for an organisation', () => {
    const markdown =
      'Transport secretary Ana Ruiz visited. A letter from the operator had told drivers “you are on your own” if they complained.';
    expect(by(markdown, 'the operator')).toMatchObject({ speaker: null, attribution: 'the operator' });
  });

  it('refers `the ministry` and `the statement` back to the organisation named with them', () => {
    const markdown =
      'The Ministry of Transport suspended the licence. “Safety is not negotiable,” the ministry said in a statement.';
    expect(by(markdown, 'the ministry')).toMatchObject({ sieve: 'organisation', speaker: 'Ministry of Transport' });
    const release =
      'A release from the Park Hills Fire Department thanked crews. “Six hours on scene,” the release said.';
    expect(by(release, 'the release')).toMatchObject({ speaker: 'Park Hills Fire Department' });
  });
});

describe('description', () => {
  it('refers back through an office learned from an apposition, or a role noun for the same job', () => {
    const chair = 'The Chair of the Tenants’ Association, Rohan Mehta, spoke. “No,” the chair said.';
    expect(by(chair, 'the chair')).toMatchObject({ sieve: 'description', speaker: 'Rohan Mehta' });
    const coach = 'Hockey coach Ingrid Solberg watched. The manager was delighted.';
    expect(by(coach, 'The manager')).toMatchObject({ sieve: 'description', speaker: 'Ingrid Solberg' });
  });
  it('matches a description to the person the article described with the same words', () => {
    const markdown =
      'The foreign minister, Elena Varga, arrived late. Later the minister warned of “consequences for those who broke ranks”.';
    expect(by(markdown, 'the minister')).toMatchObject({ sieve: 'description', speaker: 'Elena Varga' });
  });
  it('takes a noun no list knows as a person’s role once the article wrote it before a name', () => {
    const markdown =
      'The club named goalkeeper-coach Sami Laine as interim boss. “I am ready,” the goalkeeper-coach said.';
    expect(by(markdown, 'the goalkeeper-coach')).toMatchObject({ sieve: 'description', speaker: 'Sami Laine' });
  });
  it('does not take an office for another one', () => {
    const markdown =
      'The union’s general secretary, Owen Price, spoke first. The health secretary said it was “not the time”.';
    expect(by(markdown, 'The health secretary')).toMatchObject({ speaker: null, attribution: 'The health secretary' });
  });
});

describe('named-later', () => {
  it('ties a lede’s description to the person named with that title just after', () => {
    const markdown =
      'A federal judge on Monday blocked the law, calling it “plainly unconstitutional.”\n\nJudge Patricia Mendez wrote that the state had failed.';
    expect(by(markdown, 'A federal judge')).toMatchObject({ sieve: 'named-later', speaker: 'Patricia Mendez' });
  });
  it('takes the name a relative clause gives a description', () => {
    const markdown = 'A woman who gave her name only as Maria said the bus never came. “We waited an hour,” she said.';
    expect(by(markdown, 'A woman')).toMatchObject({ sieve: 'named-later', speaker: 'Maria' });
    expect(by(markdown, 'she')).toMatchObject({ speaker: 'Maria' });
  });
});

describe('epithet', () => {
  it('reads `the speaker` in lower case as whoever spoke, not the office', () => {
    const markdown = 'The forecast came from meteorologist Sione Taufa. “Rain,” the speaker said.';
    expect(by(markdown, 'the speaker')).toMatchObject({ sieve: 'epithet', speaker: 'Sione Taufa' });
  });
  it('refers an epithet back to the person it fits, passing over one it contradicts', () => {
    const markdown =
      'Freya Holm, who is Danish, won again. Her coach Bruno Alves watched. “She earned it,” said the Portuguese.';
    expect(by(markdown, 'the Portuguese')).toMatchObject({ sieve: 'epithet', speaker: 'Bruno Alves' });
  });
  it('leaves to the description sieve what the text already said of someone', () => {
    const markdown = 'She will meet Ailsa Grant, a Scot, in the final. “March was long ago,” the Scot said.';
    expect(by(markdown, 'the Scot')).toMatchObject({ sieve: 'description', speaker: 'Ailsa Grant' });
  });
  it('knows the role a title gives: a justice is a judge, a detective inspector a detective', () => {
    const judge = 'Mr Justice Harlow heard the case. “The law is clear,” the judge said.';
    expect(by(judge, 'the judge')).toMatchObject({ speaker: 'Harlow' });
    const detective = 'Det Insp Karen Doyle led the search. The detective said it was “a long night”.';
    expect(by(detective, 'The detective')).toMatchObject({ speaker: 'Karen Doyle' });
  });
  it('does not treat an office as an epithet unless it is a former one', () => {
    const markdown = 'Owen Price spoke. The former minister added that players were “ignored”. The minister said “no”.';
    expect(by(markdown, 'The former minister')).toMatchObject({ sieve: 'epithet', speaker: 'Owen Price' });
    expect(by(markdown, 'The minister')).toMatchObject({ speaker: null });
  });
});

describe('unnamed', () => {
  it('keeps a source close to someone unnamed, never the person they are close to', () => {
    const markdown = 'A friend close to Dara Quinn told the paper: “She is heartbroken.”';
    expect(by(markdown, 'A friend close to Dara Quinn')).toMatchObject({ speaker: null });
  });

  it('keeps an unnamed source as the text describes it, an outlet’s source included', () => {
    const markdown = 'According to AFP’s source in the army, “a hundred people died in the attack.”';
    expect(by(markdown, 'AFP’s source in the army')).toMatchObject({
      sieve: 'unnamed',
      speaker: null,
      attribution: 'AFP’s source in the army',
    });
  });
});
