/**
 * Writes a synthetic corpus of news-analysis articles for benchmarks: varied sentence
 * templates, many speakers, and every quotation pattern the extractor handles (speaker
 * before and after, split quotes, pronouns, surnames, descriptions, multi-paragraph quotes,
 * nested quotes) plus the traps (scare quotes, names and titles in quotes).
 *
 * Deterministic: the same `count` and `seed` give the same files, byte for byte.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIRST =
  'Amira Daniel Elena Farid James Karen Li Maria Neil Omar Priya Rachel Sofia Tomas Yusuf Helen Carlos Ingrid Kofi Leila'.split(
    ' ',
  );
const LAST =
  'Haddad Ortiz Varga Nasser Dorsey Whitfield Wei Lopez Quilliam Berg Natarajan Dunn Andersson Novak Demir Marsh Mendoza Holm Mensah Saleh'.split(
    ' ',
  );
const ROLES = [
  'a security analyst',
  'an economist',
  'a senior fellow',
  'a former diplomat',
  'a historian',
  'a political scientist',
];
const PLACES = [
  'Chatham House',
  'the University of Oxford',
  'the Crisis Group',
  'Meridian Bank',
  'the Carnegie Endowment',
];
const TOPICS = ['the ceasefire', 'the sanctions', 'the budget', 'the election', 'the trade talks', 'the reform plan'];
const CLAIMS = [
  'Nobody wants to move first',
  'The numbers simply do not add up',
  'This is a turning point, whether they admit it or not',
  'We have seen this before and it ended badly',
  'The real negotiations are happening elsewhere',
  'It will take years, not months',
];
const FILLER = [
  'Officials met for several hours on Tuesday without announcing an agreement.',
  'The talks follow months of stalled negotiations and rising pressure at home.',
  'Markets reacted calmly to the news, with most indices ending the day flat.',
  'Previous rounds collapsed over the sequencing of concessions.',
  'The government has not published the full text of its proposal.',
];

/** A small seeded generator (mulberry32), so corpora are reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  slug: string;
  markdown: string;
}

export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const next = random(seed * 100_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const person = () => ({ first: pick(FIRST), last: pick(LAST), role: pick(ROLES), place: pick(PLACES) });
  const a = person();
  const b = person();
  if (b.last === a.last) b.last = `${b.last}-${pick(LAST)}`;
  const topic = pick(TOPICS);
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  const paragraphs = [
    `${pick(FILLER)} Analysts said ${topic} had reached a “critical” stage.`,
    `“${pick(CLAIMS)},” said ${a.first} ${a.last}, ${a.role} at ${a.place}.`,
    `${a.last} added that the latest proposal was “${pick(CLAIMS).toLowerCase()}”.`,
    `${pick(FILLER)}`,
    `${b.first} ${b.last}, ${b.role} at ${b.place}, disagreed: “${pick(CLAIMS)}. ${pick(CLAIMS)}.”`,
    `“The question,” ${b.last} said, “is whether anyone still wants a deal at all.”`,
    `“${pick(CLAIMS)},” she said. “And they know it.`,
    `“${pick(CLAIMS)}, and when they say ‘${pick(CLAIMS).toLowerCase()}’, people listen.”`,
    `The report, titled “${pick(TOPICS).replace('the ', 'The ')} in Question”, was published by diplomat “${pick(FIRST)} ${pick(LAST)}”.`,
    `According to ${a.last}, the government’s plan is “a gamble dressed up as a strategy”.`,
    `${pick(FILLER)} ${pick(FILLER)}`,
  ];
  return {
    slug: `article-${String(index).padStart(5, '0')}`,
    markdown: [
      '---',
      `title: "Analysts weigh ${topic}, part ${index}"`,
      'source:',
      '  name: "Synthetic Wire"',
      `  url: "https://example.org/news/${index}"`,
      ...(index % 5 === 0 ? [] : [`published: 20${20 + (index % 6)}-${month}-${day}`]),
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n'),
  };
}

/** Writes `count` articles to `folder/articles/` (replacing what was there) and an empty `people/`. */
export function writeCorpus(folder: string, count: number, seed = 1): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'articles'), { recursive: true });
  mkdirSync(path.join(folder, 'people'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const { slug, markdown } = generateArticle(i, seed);
    writeFileSync(path.join(folder, 'articles', `${slug}.md`), markdown);
  }
}
