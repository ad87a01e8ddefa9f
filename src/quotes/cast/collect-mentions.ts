/**
 * Every place the narration refers to someone: names (`Cllr Jane Moss`, `Moss`), subject
 * pronouns (`she`) and descriptions that open a clause (`The 34-year-old agreed`). Quoted words
 * are the speaker's, not the narration's, so nothing inside quotation marks is collected.
 */
import { isIssuingHead, isOrganisationHead, isAnonymousHead } from '../grammar/heads.ts';
import { nameRunAt, type ParsedName, parseName, startsName } from '../grammar/names.ts';
import { appositiveAfter, phraseAfter, phraseBefore, roleWordsToName } from '../grammar/noun-phrase.ts';
import { describesPerson, type NounPhrase } from '../grammar/phrases.ts';
import { isRoleWord, isRoleWordAt, looksLikeVerb } from '../grammar/word-classes.ts';
import { isSubjectAt } from '../grammar/clauses.ts';
import {
  CLAUSE_OPENERS,
  DETERMINERS,
  isSpeechVerb,
  NAMING_WORDS,
  OFFICES,
  PERSON_NOUNS,
  PRONOUNS,
} from '../lexicon/index.ts';
import { type Block, type Document, sentenceIndexAt } from '../text/document.ts';
import { isAllCaps, isCapitalised, isPossessiveText, isPunctuation, type Token, words } from '../text/tokens.ts';
import type { Mention } from './types.ts';

export function collectMentions(document: Document): Mention[] {
  const mentions: Mention[] = [];
  // An article repeats its names (`Quilliam` … `Quilliam`): each is parsed once.
  const parsedNames = new Map<string, ParsedName>();
  for (const block of document.blocks) {
    const starts = clauseStarts(block);
    const apposedDescriptions = new Map<number, readonly string[]>();
    const tokens = block.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // `IT` (information technology) and `US` are initials, not `it` and `us`.
      const pronoun = isAllCaps(token) ? undefined : PRONOUNS.get(token.norm);
      if (pronoun && token.norm !== 'i' && token.norm !== 'we') {
        // `The chancellor, he wrote, had …`: a parenthetical attribution inside someone else's clause.
        const parenthetical =
          tokens[i - 1]?.text === ',' && isSpeechVerb(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ',';
        const phrase: NounPhrase = {
          kind: 'pronoun',
          word: token.norm,
          start: token.start,
          end: token.end,
          ...(parenthetical ? { parenthetical } : {}),
        };
        mentions.push(mention(mentions.length, block, phrase, isSubjectAt(tokens, i + 1)));
        continue;
      }
      if (starts.has(i)) {
        // `The Chair of the Housing Trust, Priya Nandakumar, spoke`: the description is the name's.
        const apposed = DETERMINERS.has(token.norm) ? phraseAfter(tokens, i) : null;
        if (apposed?.phrase.kind === 'name') apposedDescriptions.set(apposed.phrase.start, apposed.phrase.descriptors);
        const described = descriptionAt(tokens, i);
        // Names inside it are mentions of their own (`a release on the Park Hills Fire Department page`).
        if (described) mentions.push(mention(mentions.length, block, described.phrase, true));
        if (described && !startsName(token)) continue;
      }
      const named = nameRunAt(tokens, i);
      if (!named) continue;
      if (modifiesOffice(tokens, named)) {
        i = named.end - 1;
        continue;
      }
      const key = words(named.run);
      const parsed = affiliation(
        tokens,
        i,
        parsedNames.get(key) ?? parsedNames.set(key, parseName(named.run)).get(key)!,
      );
      const descriptors = [...(apposedDescriptions.get(token.start) ?? []), ...describe(tokens, i, named.end)].filter(
        (text, k, all) => all.indexOf(text) === k,
      );
      const shared = familyNameShared(tokens, named, parsed);
      const phrase: NounPhrase = {
        kind: 'name',
        name: parsed,
        ...(shared ? { familyName: shared } : {}),
        descriptors,
        start: named.run[0]!.start,
        end: named.run.at(-1)!.end,
      };
      const opensClause = opensClauseAt(tokens, i, starts);
      const possessive = isPossessiveText(named.run.at(-1)!.text);
      // `Her brother, Ibrahim, handles the accounts`: the comma after the name closes the apposition.
      const enclosed = tokens[roleWordsBefore(tokens, i) - 1]?.text === ',';
      const subject =
        opensClause && !possessive && !modifiesName(tokens, named.end) && isSubjectAt(tokens, named.end, { enclosed });
      mentions.push(mention(mentions.length, block, phrase, subject));
      i = named.end - 1;
    }
  }
  return mentions;
}

function mention(index: number, block: Block, phrase: NounPhrase, isSubject: boolean): Mention {
  return {
    index,
    kind: phrase.kind,
    phrase,
    text: block.text.slice(phrase.start, phrase.end),
    position: { block: block.index, offset: phrase.start },
    end: phrase.end,
    sentence: sentenceIndexAt(block, phrase.start),
    isSubject,
    entity: null,
  };
}

/**
 * `Transport minister Priya Raman`, `Health secretary Ana Ruiz`: a capitalised word before a
 * lower-case office and a name says which office it is; it names nobody itself.
 */
function modifiesOffice(tokens: Token[], named: { run: Token[]; end: number }): boolean {
  const office = tokens[named.end];
  return (
    named.run.length === 1 &&
    office !== undefined &&
    !isCapitalised(office) &&
    (OFFICES.has(office.norm) || PERSON_NOUNS.has(office.norm)) &&
    startsName(tokens[named.end + 1])
  );
}

/**
 * `Tom and Ellie Marsh`: a given name alone, joined by `and` to a full name, shares its family
 * name. Returned as the words to add, for the cast stage to use unless the word names someone it knows.
 */
function familyNameShared(tokens: Token[], named: { run: Token[]; end: number }, parsed: ParsedName): string[] | null {
  if (parsed.parts.length !== 1 || parsed.title || parsed.kind !== 'unknown' || tokens[named.end]?.norm !== 'and') {
    return null;
  }
  const next = nameRunAt(tokens, named.end + 1);
  if (!next) return null;
  const partner = parseName(next.run);
  return partner.kind === 'person' && !partner.title && partner.parts.length === 2 ? partner.parts.slice(1) : null;
}

/** Token indexes where a clause starts: each sentence's first word, and the word after a comma, a dash or `but`. */
function clauseStarts(block: Block): Set<number> {
  const starts = new Set<number>();
  const tokens = block.tokens;
  let sentence = 0;
  let first = true;
  tokens.forEach((token, i) => {
    // The first word of each sentence.
    while (sentence < block.sentences.length - 1 && token.start >= block.sentences[sentence]!.end) {
      sentence++;
      first = true;
    }
    if (first && !isPunctuation(token)) {
      starts.add(i);
      first = false;
    }

    if ([',', ';', '—', '–', '('].includes(token.text) || token.norm === '"') starts.add(i + 1);
    if (CLAUSE_OPENERS.has(token.norm) && (starts.has(i) || tokens[i - 1]?.text === ',')) starts.add(i + 1);
  });
  return starts;
}

/**
 * `said Ines Moreau of Banque Lyonnaise`: a name after a person's name and `of` or `at` is where
 * they work, an organisation, unless a title or honorific makes it a person.
 */
function affiliation(tokens: Token[], i: number, parsed: ParsedName): ParsedName {
  const after = ['of', 'at'].includes(tokens[i - 1]?.norm ?? '') && isCapitalised(tokens[i - 2]);
  if (!after || parsed.kind !== 'person' || parsed.title || parsed.parts.length < 2) return parsed;
  return { ...parsed, kind: 'organisation' };
}

/** A description that opens a clause
 and names a person, an organisation or a document: `The prime minister said`. */
function descriptionAt(tokens: Token[], i: number): { phrase: NounPhrase; end: number } | null {
  const first = tokens[i];
  // `Her husband was more blunt`: someone described by whose they are counts too.
  if (!first || !['the', 'a', 'an', 'this', 'his', 'her', 'their'].includes(first.norm)) return null;
  const found = phraseAfter(tokens, i);
  if (found?.phrase.kind !== 'description') return null;
  const head = found.phrase.head;
  const wanted =
    describesPerson(found.phrase) || isOrganisationHead(head) || isIssuingHead(head) || isAnonymousHead(head);
  if (!wanted || !isSubjectAt(tokens, found.end)) return null;
  const namedAt = nameGivenAt(tokens, found.end);
  return namedAt === undefined ? found : { ...found, phrase: { ...found.phrase, namedAt } };
}

/** `a man who gave his name only as Alasdair`: where the name starts, if the clause gives one. */
function nameGivenAt(tokens: Token[], end: number): number | undefined {
  if (tokens[end]?.norm !== 'who') return undefined;
  for (let k = end + 1; k < Math.min(tokens.length - 1, end + 10) && !isPunctuation(tokens[k]); k++) {
    if (tokens[k]!.norm !== 'as' || !isCapitalised(tokens[k + 1])) continue;
    const before = tokens[k - 1]?.norm === 'only' ? tokens[k - 2] : tokens[k - 1];
    if (NAMING_WORDS.has(before?.norm ?? '')) return tokens[k + 1]!.start;
  }
  return undefined;
}

/**
 * Does the noun phrase whose name starts at `i` open a clause? Its modifiers come first:
 * `Meanwhile, Western Cape provincial ANC chairperson James Nqculu said`.
 */
function opensClauseAt(tokens: Token[], i: number, starts: ReadonlySet<number>): boolean {
  for (let k = i; k >= 0 && i - k < 8; k--) {
    if (starts.has(k)) return true;
    const previous = tokens[k - 1];
    if (!previous || isPunctuation(previous)) return false;
    // `National Federation Party leader and Opposition MP Professor Biman Prasad`: two roles joined.
    // `Kilmarnock and Loudoun MP Alan Brown`: a place's name has its own `and`.
    const joinsRoles = previous.norm === 'and' && (isRoleWord(tokens[k - 2]) || isCapitalised(tokens[k - 2]));
    if (!isRoleWord(previous) && !isCapitalised(previous) && !joinsRoles) return false;
  }
  return false;
}

/** The start of the lower-case role words right before a name: `police spokeswoman Sgt. Rosanne Hoaas`. */
function roleWordsBefore(tokens: Token[], i: number): number {
  let start = i;
  // `who married Reece`: a verb before a name makes it an object, not a role.
  const role = (k: number) => isRoleWordAt(tokens, k) && !isCapitalised(tokens[k]) && !looksLikeVerb(tokens[k]);
  while (start > 0 && i - start < 3 && role(start - 1)) start--;
  return start;
}

/** Where the capitalised run that ends right before `i` starts, or -1. */
function nameStartBefore(tokens: Token[], i: number): number {
  let k = i;
  for (;;) {
    while (k > 0 && isCapitalised(tokens[k - 1]) && !isPunctuation(tokens[k - 1])) k--;
    // `Ministry of Foreign Affairs spokesperson`: an organisation's name runs on over its `of`.
    const joined = k > 1 && ['of', 'for'].includes(tokens[k - 1]!.norm) && isCapitalised(tokens[k - 2]);
    if (!joined) break;
    k -= 1;
  }
  return k < i ? k : -1;
}

/** What the narration says of a name where it stands: role words before it, an appositive on either side. */
function describe(tokens: Token[], i: number, end: number): string[] {
  const descriptors: string[] = [];
  const roleStart = roleWordsBefore(tokens, i);
  // `ACP candidate Mara Lindqvist`: the name that modifies the role belongs with it.
  const modifier = roleStart < i && roleWordsToName(tokens, roleStart) === i ? nameStartBefore(tokens, roleStart) : -1;
  if (roleStart < i) descriptors.push(words(tokens.slice(modifier === -1 ? roleStart : modifier, i)));
  // `the party’s deputy secretary general, Sankie Mthembi-Mahanyele`
  if (tokens[roleStart - 1]?.text === ',') {
    const before = phraseBefore(tokens, roleStart - 1);
    if (before?.kind === 'description') descriptors.push(before.text);
  }
  const appositive = appositiveAfter(tokens, end);
  if (appositive) descriptors.push(appositive);
  return descriptors;
}

/** `Western Cape provincial ANC chairperson James Nqculu`: a name followed by role words and another name only modifies it. */
const modifiesName = (tokens: Token[], end: number): boolean => roleWordsToName(tokens, end) !== null;
