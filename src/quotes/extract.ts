/**
 * Finds every quotation in an article's text blocks and attributes it to its speaker.
 * Pure: blocks of text in, quotes out. The remark plugin feeds it and marks up the result.
 */
import { slug } from 'github-slugger';
import {
  type Cue,
  cueAfter,
  cueBefore,
  type NounPhrase,
  phraseAfter,
  isPersonNoun,
  phraseBefore,
  ROLE_NOUNS,
  sentenceSubject,
  type Token,
  tokenize,
} from './phrases.ts';
import { contentWords, type PeopleRegistry } from './registry.ts';
import { innerText, opensWith, scanQuotations, type Span } from './scan.ts';
import { type Range, sentenceRanges } from './sentences.ts';
import type {
  ExtractedQuote,
  Override,
  Resolution,
  Segment,
  SkippedQuotation,
  SpeakerRef,
  TextBlock,
} from './types.ts';

export interface ExtractResult {
  quotes: ExtractedQuote[];
  skipped: SkippedQuotation[];
  /** Problems an editor must fix, such as an override naming nobody in the registry. */
  errors: { line: number; message: string }[];
  /** How each speaker is described in this article ("geopolitics expert"), for speakers not in the registry. */
  descriptions: Record<string, string>;
}

interface Block extends TextBlock {
  spans: Span[];
  sentences: Range[];
}

interface Quotation {
  segments: Segment[];
  text: string;
}

interface Mention {
  name: string;
  titles: string[];
  descriptors: string[];
  block: number;
  offset: number;
  isPerson: boolean;
  /** Subject of a clause: "Elena Varga had a different view.", "…, Demir shrugged." */
  isSubject: boolean;
}

/** The speaker of the latest attributed quote, and where that quote is. */
interface Recent {
  speaker: SpeakerRef;
  block: number;
  offset: number;
}

type Attribution = { speaker: SpeakerRef; attribution: null } | { speaker: null; attribution: string | null };

/** Words in a capitalised run that make it an organisation or a place, not a person. */
const NOT_PERSON =
  /\b(?:University|Institute|House|Programme|Program|East|West|North|South|Ministry|Council|Party|Forces|Army|College|Union|Nations|States|Kingdom|Republic|Office|Agency|News|Times|Post|Press|Group|Bank|Company|Foundation|Center|Centre|Department|Government|Administration|Street|Strip|Sea|Gulf|Accords|Mandate|Organization|Organisation|Liberation|Court|Assembly|Parliament|Congress|Senate|Committee|Commission|Media|Television|Radio|Hayom|Journal|Service|Services|Lane|Road|Avenue|Square|Park|Bridge|Hill|River|Lake|Valley|Island|Islands|Airport|Station|Hall|Hospital|Church|Cathedral|Stadium)\b/u;

const TERM_BEFORE =
  /(?:\b(?:titled|entitled|headlined|dubbed|nicknamed|so-called|known as(?: the)?|the (?:slogan|motto|phrase|word|words|term|hashtag|headline|title|label|book|film|report|song|album|series|show|programme|program|operation|campaign|mantra|catchphrase)))[,:]?\s*$/iu;
const DETERMINER_BEFORE = /(?:\b(?:a|an|the|its|their|his|her|our|so-called)|['’]s|s['’])\s*$/iu;
/** Words that can follow a quote but not a modifier in scare quotes: `that “you are DEAD” if …`. */
const NOT_A_NOUN_AFTER =
  /^\s*(?:if|when|because|and|but|or|as|to|by|from|in|on|at|for|with|of|than|that|which|who|while|after|before|since|until|unless)\b/iu;

export function extractQuotes(input: readonly TextBlock[], registry: PeopleRegistry): ExtractResult {
  const blocks: Block[] = input.map((block) => {
    const spans = scanQuotations(block.text);
    return { ...block, spans, sentences: sentenceRanges(block.text, spans) };
  });
  const mentions = markSurnames(blocks.flatMap((block, index) => collectMentions(block, index, registry)));
  const quotations = joinQuotations(blocks);
  const result: ExtractResult = { quotes: [], skipped: [], errors: [], descriptions: {} };
  const usedIds = new Map<string, number>();
  const overridesUsed = new Set<TextBlock['overrides'][number]>();
  let lastSpeaker: Recent | null = null;
  let previous: { quote: ExtractedQuote; quotation: Quotation } | null = null;

  for (const [index, quotation] of quotations.entries()) {
    const first = quotation.segments[0]!;
    const last = quotation.segments.at(-1)!;
    const block = blocks[first.block]!;
    const line = block.line;
    const before = contextBefore(blocks, first);
    const split = quotation.segments.length > 1 && quotation.segments[1]!.block === first.block;
    // A quote split around its attribution has the cue in the middle: “The question,” said X, “is …”
    const after = contextAfter(blocks, split ? first : last);
    const next = quotations[index + 1];
    const override = findOverride(blocks, last, next?.segments[0]);
    if (override) overridesUsed.add(override);

    const words = quotation.text.split(/\s+/).filter(Boolean);
    const fragment = words.length <= 3 && /^[\p{Ll}\p{N}]/u.test(quotation.text) && !/[.!?…,;:]$/u.test(quotation.text);

    if (override?.value === 'not-a-quote') {
      result.skipped.push({ text: quotation.text, reason: 'marked not a quote', line });
      continue;
    }
    if (!override) {
      const reason = nonSpeechReason(quotation.text, words, fragment, before, after);
      if (reason) {
        result.skipped.push({ text: quotation.text, reason, line });
        continue;
      }
    }

    const position = { block: first.block, offset: first.start };
    const resolve = (phrase: NounPhrase | null) =>
      resolvePhrase(phrase, position, mentions, registry, lastSpeaker, result);

    const found = override
      ? attributeByOverride(override, registry, result)
      : attributeFromText({ blocks, mentions, quotation, previous, before, after, resolve });
    const { attribution, resolvedBy, cue } = found;

    if (fragment && resolvedBy === 'none') {
      result.skipped.push({ text: quotation.text, reason: 'fragment without a speaker', line });
      continue;
    }

    const quote: ExtractedQuote = {
      id: uniqueId(quotation.text, usedIds),
      text: quotation.text,
      segments: quotation.segments,
      speaker: attribution.speaker,
      attribution: attribution.attribution,
      resolvedBy,
      cue: cue?.verb ?? null,
      mention: cue?.speaker ? phraseText(cue.speaker) : null,
      line,
      looksLikeSpeech: !fragment || cue !== null,
    };
    result.quotes.push(quote);
    if (quote.speaker) lastSpeaker = { speaker: quote.speaker, block: last.block, offset: last.start };
    previous = { quote, quotation };
  }

  for (const block of blocks) {
    for (const override of block.overrides) {
      if (!overridesUsed.has(override)) {
        result.errors.push({
          line: override.line,
          message: `The quote override "${override.value}" follows no quotation. Put it right after the closing quotation mark of the quote it corrects.`,
        });
      }
    }
  }
  return result;
}

interface Found {
  attribution: Attribution;
  resolvedBy: Resolution;
  cue: Cue | null;
}

const NOBODY: Attribution = { speaker: null, attribution: null };

/** `<!-- speaker: id -->` after a quote: a registry id, or `none` to keep it unattributed on purpose. */
function attributeByOverride(override: Override, registry: PeopleRegistry, result: ExtractResult): Found {
  if (override.value === 'none') return { attribution: NOBODY, resolvedBy: 'override', cue: null };
  const person = registry.get(override.value);
  if (person) {
    const speaker = { id: person.id, name: person.name, registered: true };
    return { attribution: { speaker, attribution: null }, resolvedBy: 'override', cue: null };
  }
  const known = registry.people.map((p) => p.id).join(', ') || 'none yet';
  result.errors.push({
    line: override.line,
    message: `The quote override names "${override.value}", who is not in the people registry. Use the file name of a person in content/people/ (${known}), "none" or "not-a-quote", or add content/people/${override.value}.md.`,
  });
  return { attribution: NOBODY, resolvedBy: 'none', cue: null };
}

/**
 * Who the text says spoke, in order of how tightly the cue binds: a colon right before the quote
 * (`X added: “…”`), a cue right after it (`“…,” said X`), a speech verb before it in the same
 * sentence, a cue later in the sentence; then the previous quote's speaker when this one carries
 * it on (same sentence, or nothing but narration about them in between).
 */
function attributeFromText(context: {
  blocks: Block[];
  mentions: Mention[];
  quotation: Quotation;
  previous: { quote: ExtractedQuote; quotation: Quotation } | null;
  before: string;
  after: string;
  resolve: (phrase: NounPhrase | null) => Attribution;
}): Found {
  const { blocks, mentions, quotation, previous, resolve } = context;
  const before = cueBefore(context.before);
  const after = cueAfter(context.after);
  const candidates = [
    before?.boundByColon ? before : null,
    after?.immediate ? after : null,
    before && !before.participle ? before : null,
    after,
    before,
  ];
  // Across a non-speech quote earlier in the sentence: `Margaret Thatcher, known as “the Iron
  // Lady”, once described consensus as “…”`.
  const nearby = candidates.find((candidate) => candidate?.speaker);
  const wholeSentence = nearby ? null : cueBefore(sentenceBeforeQuote(blocks, quotation));
  const cue = nearby ?? (wholeSentence?.speaker ? wholeSentence : null);
  if (cue) return { attribution: resolve(cue.speaker), resolvedBy: 'cue', cue };
  // `A federal judge … blocked the law, calling parts of it “…”`: the participle's speaker is
  // the sentence's subject.
  if (before?.participle) {
    const subject = sentenceSubject(context.before);
    if (subject) return { attribution: resolve(subject), resolvedBy: 'cue', cue: { ...before, speaker: subject } };
  }
  if (previous && sameSentence(blocks, previous.quotation, quotation)) {
    return {
      attribution: inherit(previous.quote),
      resolvedBy: previous.quote.speaker ? 'continuation' : 'none',
      cue: null,
    };
  }
  if (previous && continuesPrevious(blocks, mentions, previous.quotation, quotation, previous.quote)) {
    return { attribution: inherit(previous.quote), resolvedBy: 'continuation', cue: null };
  }
  // `Kowalska disagrees. “The forecasts were fine.”`: the sentence before names who speaks next.
  const introduced = introducedBefore(blocks, mentions, quotation);
  if (introduced) {
    const speaker: NounPhrase = { kind: 'name', name: introduced.name, titles: [], descriptors: [] };
    return { attribution: resolve(speaker), resolvedBy: 'introduction', cue: null };
  }
  return { attribution: NOBODY, resolvedBy: 'none', cue: null };
}

/** The quote's sentence up to its opening mark, other quotations in it reduced to the word "quote". */
function sentenceBeforeQuote(blocks: Block[], quotation: Quotation): string {
  const first = quotation.segments[0]!;
  const block = blocks[first.block]!;
  const sentence = sentenceOf(block, first.start);
  let text = '';
  let at = sentence.start;
  for (const span of block.spans.filter((s) => s.start >= sentence.start && s.end <= first.start)) {
    text += `${block.text.slice(at, span.start)} quote `;
    at = span.end;
  }
  return text + block.text.slice(at, first.start);
}

/** The one person a quote's paragraph names as subject in the sentence right before the quote. */
function introducedBefore(blocks: Block[], mentions: Mention[], quotation: Quotation): Mention | undefined {
  const first = quotation.segments[0]!;
  const block = blocks[first.block]!;
  const sentence = sentenceOf(block, first.start);
  if (block.text.slice(sentence.start, first.start).trim() !== '') return undefined;
  const previous = block.sentences.filter((range) => range.end <= sentence.start).at(-1);
  if (!previous || block.spans.some((span) => span.start >= previous.start && span.end <= previous.end))
    return undefined;
  const people = mentions.filter(
    (m) => m.block === first.block && m.offset >= previous.start && m.offset < previous.end && m.isPerson,
  );
  const [only] = people;
  return people.length === 1 && only?.isSubject ? only : undefined;
}

/** Pairs quotes that run over several paragraphs and quotes split around their attribution. */
function joinQuotations(blocks: Block[]): Quotation[] {
  const quotations: Quotation[] = [];
  let running: Quotation | null = null;
  for (const [b, block] of blocks.entries()) {
    for (const [s, span] of block.spans.entries()) {
      const segment = { block: b, start: span.start, end: span.end };
      const text = innerText(block.text, span);
      const runsOn = running && s === 0 && block.text.slice(0, span.start).trim() === '';
      if (running && runsOn) {
        running.segments.push(segment);
        running.text += ` ${text}`;
      } else {
        const split = quotations.at(-1);
        if (split && isSplitQuote(blocks, split, segment, text)) {
          split.segments.push(segment);
          split.text += ` ${text}`;
        } else {
          quotations.push({ segments: [segment], text });
        }
      }
      const current = quotations.at(-1)!;
      // News convention: a paragraph that ends inside a quote, followed by one that opens with a mark again.
      const nextBlock = blocks[b + 1];
      running = !span.closed && nextBlock && opensWith(nextBlock.text, span.kind) ? current : null;
    }
  }
  return quotations;
}

/** `“The question,” said X, “is …”`: one quote, its attribution in the middle. */
function isSplitQuote(blocks: Block[], previous: Quotation, segment: Segment, text: string): boolean {
  const last = previous.segments.at(-1)!;
  if (last.block !== segment.block || !/,$/u.test(previous.text) || !/^\p{Ll}/u.test(text)) return false;
  const between = blocks[segment.block]!.text.slice(last.end, segment.start);
  const cue = cueAfter(between);
  return /,\s*$/u.test(between) && tokenize(between).length <= 10 && cue?.immediate === true && cue.speaker !== null;
}

function sentenceOf(block: Block, offset: number): Range {
  return block.sentences.find((r) => offset >= r.start && offset < r.end) ?? { start: 0, end: block.text.length };
}

/** Text from the start of the quote's sentence, or the end of the quote before it in that sentence, to its opening mark. */
function contextBefore(blocks: Block[], segment: Segment): string {
  const block = blocks[segment.block]!;
  const sentence = sentenceOf(block, segment.start);
  const previousEnd = Math.max(sentence.start, ...block.spans.filter((s) => s.end <= segment.start).map((s) => s.end));
  return block.text.slice(previousEnd, segment.start);
}

/** Text from the closing mark to the end of the sentence or the next quote's opening mark. */
function contextAfter(blocks: Block[], segment: Segment): string {
  const block = blocks[segment.block]!;
  const sentence = sentenceOf(block, Math.max(segment.end - 1, 0));
  const nextStart = Math.min(sentence.end, ...block.spans.filter((s) => s.start >= segment.end).map((s) => s.start));
  return block.text.slice(segment.end, nextStart);
}

function sameSentence(blocks: Block[], a: Quotation, b: Quotation): boolean {
  const end = a.segments.at(-1)!;
  const start = b.segments[0]!;
  if (end.block !== start.block) return false;
  const block = blocks[start.block]!;
  return sentenceOf(block, start.start) === sentenceOf(block, Math.max(end.end - 1, 0));
}

/**
 * A quote with no cue continues the previous speaker when nothing but narration of that
 * speaker stands between them: `“A,” he said. “B.”`, or a paragraph that is only a quote
 * following a paragraph whose last quote was attributed.
 */
function continuesPrevious(
  blocks: Block[],
  mentions: Mention[],
  previous: Quotation,
  current: Quotation,
  previousQuote: ExtractedQuote,
): boolean {
  if (!(previousQuote.speaker || previousQuote.attribution) || !/^[\p{Lu}\p{N}]/u.test(current.text)) return false;
  const end = previous.segments.at(-1)!;
  const start = current.segments[0]!;
  const block = blocks[start.block]!;
  if (end.block === start.block) {
    // Only narration about the same speaker between the two: no one else is named.
    const speakerWords = new Set(previousQuote.speaker?.name.split(' ') ?? []);
    return !mentions.some(
      (m) =>
        m.block === start.block &&
        m.offset >= end.end &&
        m.offset < start.start &&
        m.isPerson &&
        !m.name.split(' ').every((word) => speakerWords.has(word)),
    );
  }
  const paragraphIsQuote = block.text.slice(0, start.start).trim() === '';
  const previousBlockEndsWithIt = end.block === start.block - 1 && block.spans.length > 0;
  const rest = block.text.slice(block.spans.at(-1)!.end).trim();
  return paragraphIsQuote && previousBlockEndsWithIt && /^[\p{P}\s]*$/u.test(rest);
}

function inherit(quote: ExtractedQuote): Attribution {
  return quote.speaker
    ? { speaker: quote.speaker, attribution: null }
    : { speaker: null, attribution: quote.attribution };
}

function nonSpeechReason(
  text: string,
  words: string[],
  fragment: boolean,
  before: string,
  after: string,
): SkippedQuotation['reason'] | null {
  // a “terrorist” organisation: a short modifier between a determiner and the noun it qualifies.
  if (
    fragment &&
    DETERMINER_BEFORE.test(before) &&
    /^\s*[\p{Ll}]/u.test(after) &&
    !NOT_A_NOUN_AFTER.test(after) &&
    !cueAfter(after)?.immediate
  ) {
    return 'scare quote';
  }
  if (TERM_BEFORE.test(before)) return 'title or term';
  const titleCase = words.every(
    (word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:of|the|and|de|al|von|van|bin|in|on|for|a)$/u.test(word),
  );
  // American style puts the sentence's comma inside the marks: the law, known as the “Election Integrity Act,” had …
  if (words.length <= 5 && titleCase && !/[.!?…,;:]/u.test(text.replace(/[,.]$/u, ''))) {
    if (/\b(?:called|named)\s*$/iu.test(before)) return 'title or term';
    if (!cueAfter(after)?.immediate && !/:\s*$/u.test(before)) return 'name';
  }
  return null;
}

function findOverride(blocks: Block[], last: Segment, next: Segment | undefined) {
  // An override belongs to the quote that ends before it, up to the next quote.
  for (let b = last.block; b < blocks.length; b++) {
    if (next && b > next.block) break;
    for (const override of blocks[b]!.overrides) {
      const afterLast = b > last.block || override.offset >= last.end;
      const beforeNext = !next || b < next.block || override.offset <= next.start;
      if (afterLast && beforeNext) return override;
    }
  }
  return undefined;
}

function collectMentions(block: Block, index: number, registry: PeopleRegistry): Mention[] {
  // Quoted words are the speaker's, not the narration's: blank them out, keeping offsets.
  let narration = block.text;
  for (const span of block.spans) {
    narration = narration.slice(0, span.start) + ' '.repeat(span.end - span.start) + narration.slice(span.end);
  }
  const tokens = tokenize(narration);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const roleStart = roleWordsBefore(tokens, i);
    const found = phraseAfter(tokens, roleStart);
    if (!found || found.phrase.kind !== 'name') continue;
    const { name, titles, descriptors } = found.phrase;
    // A single name is a person when an appositive says so: "Her brother, Ibrahim, handles the accounts".
    const describedBefore = tokens[roleStart - 1]?.text === ',' ? phraseBefore(tokens, roleStart - 1) : null;
    const personHead = (description: string) => isPersonNoun(contentWords(description).at(-1) ?? '');
    const described =
      (describedBefore?.kind === 'description' && personHead(describedBefore.text)) || descriptors.some(personHead);
    // After "of", "at", "in" or "on" a name is an affiliation or a place: "said Ines Moreau of
    // Banque Lyonnaise", "who has lived on Mill Lane", "In Kharkiv".
    const affiliation = ['of', 'at', 'from', 'in', 'on', 'near'].includes(tokens[roleStart - 1]?.norm ?? '');
    const isPerson =
      registry.byName(name) !== undefined ||
      described ||
      (!affiliation && name.split(' ').length >= 2 && !NOT_PERSON.test(name));
    const first = tokens[roleStart]!;
    const opensClause =
      tokens[roleStart - 1]?.text === ',' ||
      block.sentences.some((sentence) => block.text.slice(sentence.start, first.start).trim() === '');
    // Followed by its verb, or by an appositive before it: "Dr Samuel Osei, of the University of Ghana, is …".
    const next = tokens[found.end]?.text ?? '';
    const isSubject = opensClause && (/^\p{Ll}/u.test(next) || next === ',');
    mentions.push({ name, titles, descriptors, block: index, offset: tokens[i]!.start, isPerson, isSubject });
    i = Math.max(i, found.end - 1);
  }
  return mentions;
}

/** A surname alone ("Whitfield said …") is a person when the article named them in full before. */
function markSurnames(mentions: Mention[]): Mention[] {
  mentions.forEach((mention, index) => {
    if (mention.isPerson || mention.name.includes(' ')) return;
    const full = findFullName(mention.name, mentions.slice(0, index));
    if (full) mention.isPerson = true;
  });
  return mentions;
}

/** The person named in full earlier whose family name this is: last word, or first for names written family-name first. */
function findFullName(surname: string, earlier: Mention[]): Mention | undefined {
  const people = earlier.filter((m) => m.isPerson && m.name.includes(' '));
  return (
    people.findLast((m) => m.name.split(' ').at(-1) === surname) ??
    people.findLast((m) => m.name.split(' ')[0] === surname)
  );
}

function roleWordsBefore(tokens: Token[], i: number): number {
  let start = i;
  while (
    start > 0 &&
    i - start < 3 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[start - 1]!.text) &&
    !STOP.has(tokens[start - 1]!.norm)
  ) {
    start--;
  }
  return start;
}
const STOP = new Set(
  'the a an and or but that to of by with for from as at in on said says added told is are was were be been has have had would could will it its their his her which who while after before than'.split(
    ' ',
  ),
);

const isBefore = (mention: Mention, position: { block: number; offset: number }) =>
  mention.block < position.block || (mention.block === position.block && mention.offset <= position.offset);

function resolvePhrase(
  phrase: NounPhrase | null,
  position: { block: number; offset: number },
  mentions: Mention[],
  registry: PeopleRegistry,
  recent: Recent | null,
  result: ExtractResult,
): Attribution {
  const lastSpeaker = recent?.speaker ?? null;
  if (!phrase) return NOBODY;
  const earlier = mentions.filter((m) => isBefore(m, position));

  if (phrase.kind === 'pronoun') {
    // "he" is whoever the text last put forward: the last speaker, unless a sentence since
    // then opened with someone else's name ("Elena Varga had a different view. “…,” she said").
    const subject = earlier.findLast((m) => m.isPerson && m.isSubject);
    if (subject && (!recent || !isBefore(subject, recent))) {
      return { speaker: resolveName(subject.name, earlier, registry), attribution: null };
    }
    if (lastSpeaker) return { speaker: lastSpeaker, attribution: null };
    const person = earlier.findLast((m) => m.isPerson);
    return person ? { speaker: resolveName(person.name, earlier, registry), attribution: null } : NOBODY;
  }

  if (phrase.kind === 'name') {
    const speaker = resolveName(phrase.name, earlier, registry);
    const description = [...phrase.titles, ...phrase.descriptors].find(Boolean);
    if (description && !speaker.registered) result.descriptions[speaker.id] ??= description;
    return { speaker, attribution: null };
  }

  const registered = registry.byName(phrase.text);
  if (registered) return { speaker: { id: registered.id, name: registered.name, registered: true }, attribution: null };
  if (!phrase.definite) {
    // `A federal judge … “…”` then `Judge Patricia Mendez wrote …`: a lede's description named
    // in the next paragraphs by the same title.
    const head = contentWords(phrase.text).at(-1);
    const titled = mentions.filter(
      (m) =>
        !isBefore(m, position) &&
        m.block - position.block <= 1 &&
        m.isPerson &&
        head !== undefined &&
        m.titles.some((title) => contentWords(title).includes(head)),
    );
    const [named] = titled;
    if (named && new Set(titled.map((m) => m.name)).size === 1) {
      return { speaker: resolveName(named.name, earlier, registry), attribution: null };
    }
    return { speaker: null, attribution: phrase.text };
  }

  // A definite description points back to someone introduced with those words, in the article or the registry.
  const wanted = contentWords(phrase.text);
  const head = wanted.at(-1);
  const candidates = new Map<string, { speaker: SpeakerRef; vocabulary: Set<string> }>();
  for (const mention of earlier.filter((m) => m.isPerson)) {
    const speaker = speakerNamed(mention.name, registry);
    const entry = candidates.get(speaker.id) ?? { speaker, vocabulary: new Set<string>() };
    for (const word of contentWords([...mention.titles, ...mention.descriptors].join(' '))) entry.vocabulary.add(word);
    const person = registry.get(speaker.id);
    if (person) for (const word of registry.vocabulary(person)) entry.vocabulary.add(word);
    candidates.set(speaker.id, entry);
  }
  if (lastSpeaker && !candidates.has(lastSpeaker.id)) {
    const person = registry.get(lastSpeaker.id);
    candidates.set(lastSpeaker.id, {
      speaker: lastSpeaker,
      vocabulary: new Set(person ? registry.vocabulary(person) : []),
    });
  }
  const scored = [...candidates.values()]
    .map(({ speaker, vocabulary }) => ({
      speaker,
      score: wanted.filter((word) => vocabulary.has(word)).length,
      hasHead: head !== undefined && vocabulary.has(head),
    }))
    // Every word of the description must fit, or all but one of several: "the health secretary"
    // is not "the union's general secretary".
    .filter((c) => (c.hasHead && c.score === wanted.length) || (c.score >= 2 && wanted.length - c.score <= 1))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best && best.score > (scored[1]?.score ?? 0)) return { speaker: best.speaker, attribution: null };
  // "the Spaniard": a capitalised head is a nationality or origin, so a person.
  const personal = head !== undefined && (isPersonNoun(head) || /\s\p{Lu}[\p{Ll}]+$/u.test(phrase.text));
  // An office ("the health secretary") is not a way to vary a name: only a match above may resolve it.
  const office = head !== undefined && ROLE_NOUNS.has(head);
  if (scored.length === 0 && head && personal && !office) {
    // "Alvarez, who has lost three derbies, refused to shake hands. … the Spaniard smiled": the
    // person the paragraph is about, if it has named one as a subject before the quote.
    const subject = earlier.findLast((m) => m.block === position.block && m.isPerson && m.isSubject);
    if (subject) return { speaker: resolveName(subject.name, earlier, registry), attribution: null };
    // Elegant variation: "said Andreas Krieg" … next paragraph "The King’s College London academic said":
    // a description of a person, right after someone was quoted, refers back to them.
    if (recent && position.block - recent.block <= 1) return { speaker: recent.speaker, attribution: null };
    // "For three decades, Yusuf Demir has photographed … “…,” the 61-year-old photographer said":
    // a description of the only person the last paragraphs named is that person.
    const nearby = earlier.filter((m) => m.isPerson && position.block - m.block <= 1);
    const ids = new Set(nearby.map((m) => resolveName(m.name, earlier, registry).id));
    const only = nearby.at(-1);
    // A description naming an institution ("the White House spokesperson") is someone else.
    const namesInstitution = /\s\p{Lu}/u.test(phrase.text);
    if (ids.size === 1 && only && !namesInstitution)
      return { speaker: resolveName(only.name, earlier, registry), attribution: null };
  }
  return { speaker: null, attribution: phrase.text };
}

/** A name as written, completed when it is a surname of someone named in full earlier. */
function resolveName(written: string, earlier: Mention[], registry: PeopleRegistry): SpeakerRef {
  let name = written;
  if (!name.includes(' ')) {
    const full = findFullName(name, earlier);
    const surnameMatches = registry.bySurname(name);
    if (full) name = full.name;
    else if (!registry.byName(name) && surnameMatches.length === 1) name = surnameMatches[0]!.name;
  }
  return speakerNamed(name, registry);
}

function speakerNamed(name: string, registry: PeopleRegistry): SpeakerRef {
  const person = registry.byName(name);
  if (person) return { id: person.id, name: person.name, registered: true };
  // Ids are plain ASCII, like the registry's file names: "Viktor Orbán" → viktor-orban.
  return { id: slug(name.normalize('NFKD').replace(/\p{M}/gu, '')), name, registered: false };
}

function phraseText(phrase: NounPhrase): string {
  if (phrase.kind === 'pronoun') return phrase.word;
  if (phrase.kind === 'name') return phrase.name;
  return phrase.text;
}

/** `q-` and the first words of the quote: readable in a link, and unchanged when other quotes or articles change. */
function uniqueId(text: string, used: Map<string, number>): string {
  const base = `q-${slug(text.split(/\s+/).slice(0, 6).join(' ')).slice(0, 48).replace(/-+$/, '')}`;
  const count = (used.get(base) ?? 0) + 1;
  used.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
