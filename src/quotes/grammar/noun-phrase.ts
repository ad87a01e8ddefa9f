/**
 * The noun phrase that names who spoke, read forwards after a verb or backwards before one:
 *
 *   “…,” said Quilliam, associate fellow at Chatham House.   → a name, then an appositive
 *   “…,” geopolitics expert Neil Quilliam said.               → role words, then a name
 *   The King’s College London academic said Netanyahu had “…” → a description
 *   A spokesperson for Acme said                              → a description speaking for Acme
 *
 * Every phrase keeps its offsets in the block, so a later stage can tell which mention it is.
 */
import {
  ADVERBS,
  AFTER_HEAD_WORDS,
  AUXILIARIES,
  CLAUSE_WORDS,
  DESCRIPTION_STOPS,
  DETERMINERS,
  GROUP_NOUNS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  INSTITUTION_NOUNS,
  ISSUING_NOUNS,
  NAME_PARTICLES,
  NATIONALITY,
  ORGANISATION_NOUNS,
  OWNER_PREPOSITIONS,
  SPEAKS_FOR_NOUNS,
} from '../lexicon/index.ts';
import { isCapitalised, isPossessive, isPunctuation, type Token, words } from '../text/tokens.ts';
import { isAcronym, isJoinedParticle, isTitleRun, isTitleWord, nameRunAt, parseName, startsName } from './names.ts';
import { type DescriptionPhrase, headOf, type NamePhrase, type NounPhrase, type PronounPhrase } from './phrases.ts';
import { isNationality, isPronoun, isRoleWord, isRoleWordAt, isVerbLike, looksLikeVerb } from './word-classes.ts';

export type { DescriptionPhrase, NamePhrase, NounPhrase } from './phrases.ts';

/**
 * `ACP candidate Mara Lindqvist`, `Western Cape provincial ANC chairperson James Nqculu`: does the
 * name run ending at `end` only modify a person named after its role words? Not when the words
 * between are a verb and its object (`Una wed sportsman Ben`).
 */
export function roleWordsToName(tokens: readonly Token[], end: number): number | null {
  let after = end;
  while (after < tokens.length && after - end < 4 && isRoleWord(tokens[after])) after++;
  if (after === end || looksLikeVerb(tokens[end]) || !startsName(tokens[after])) return null;
  return after;
}

function namePhrase(run: Token[], descriptors: string[]): NamePhrase {
  return {
    kind: 'name',
    name: parseName(run),
    descriptors,
    start: run[0]!.start,
    end: run.at(-1)!.end,
  };
}

function description(tokens: Token[], definite: boolean): DescriptionPhrase {
  const text = words(tokens);
  const head = headOf(text);
  let speaksFor: DescriptionPhrase['speaksFor'] = null;
  if (SPEAKS_FOR_NOUNS.has(head)) {
    // `a spokesperson for Acme`, `the spokesman of the ministry`, `Acme's spokesperson`.
    const at = tokens.findIndex((token) => ['for', 'of', 'at'].includes(token.norm));
    const owner = at === -1 ? null : phraseAfter(tokens, at + 1)?.phrase;
    const possessor = tokens.findIndex((token, index) => index < tokens.length - 1 && isPossessive(token));
    if (owner && owner.kind !== 'pronoun') speaksFor = owner;
    else if (possessor !== -1) {
      const phrase = phraseBefore(tokens, possessor + 1, { stripPossessive: true });
      speaksFor = phrase?.kind === 'pronoun' ? null : phrase;
    } else {
      // `the White House spokesperson`, `a Foreign Ministry spokesman`: the name before the noun.
      // A nationality (`the Chinese foreign ministry spokesperson`) says whose, not who.
      const first = tokens.findIndex((token) => startsName(token) && !NATIONALITY.has(token.norm));
      const named = first === -1 ? null : nameRunAt(tokens, first);
      if (named && named.end < tokens.length) speaksFor = namePhrase(named.run, []);
      // `a council spokesperson`, `a police spokeswoman`: the organisation, by its common noun.
      const noun = tokens.findLast((token, index) => index < tokens.length - 1 && ORGANISATION_NOUNS.has(token.norm));
      if (!speaksFor && noun) {
        speaksFor = {
          kind: 'description',
          text: `the ${noun.text}`,
          definite: true,
          head: noun.norm,
          speaksFor: null,
          properHead: false,
          start: noun.start,
          end: noun.end,
        };
      }
    }
  }
  const properHead = tokens.some((token) => token.norm === head && isCapitalised(token));
  return {
    kind: 'description',
    text,
    definite,
    head,
    speaksFor,
    properHead,
    start: tokens[0]!.start,
    end: tokens.at(-1)!.end,
  };
}

/** Reads a noun phrase forwards from `i`: what follows a verb (`said Dorsey, an honorary fellow`) or starts a clause. */
export function phraseAfter(tokens: Token[], i: number): { phrase: NounPhrase; end: number } | null {
  const first = tokens[i];
  if (!first) return null;
  if (isPronoun(first)) return { phrase: { kind: 'pronoun', word: first.norm, ...first }, end: i + 1 };
  // `police said`: with no article, an institution still means the one the text is about.
  if (GROUP_NOUNS.has(first.norm))
    return { phrase: description([first], INSTITUTION_NOUNS.has(first.norm)), end: i + 1 };

  // `said a Mr Leung, 65`: someone who gave only a name is named all the same.
  if (
    INDEFINITE_DETERMINERS.has(first.norm) &&
    HONORIFICS.has(tokens[i + 1]?.norm ?? '') &&
    startsName(tokens[i + 2])
  ) {
    const named = nameRunAt(tokens, i + 1);
    if (named) {
      const appositive = appositiveAfter(tokens, named.end);
      return { phrase: namePhrase(named.run, appositive ? [appositive] : []), end: named.end };
    }
  }
  if (DETERMINERS.has(first.norm)) {
    let j = i + 1;
    // `an informed source`, `the written statement`: a verb's form right after the determiner is an adjective.
    // `an informed source`, `a visibly irritated Speaker`: a verb's form right after the determiner
    // or an adverb is an adjective; any other verb, or an auxiliary (`The Scot was`), ends the phrase.
    const adjective = (k: number) =>
      (k === i + 1 || /ly$/u.test(tokens[k - 1]!.norm)) &&
      !isPunctuation(tokens[k + 1]) &&
      !AUXILIARIES.has(tokens[k]!.norm);
    // `a senior official involved in the talks`: a participle and its preposition stay in the phrase.
    const participle = (k: number) => /ed$/u.test(tokens[k]!.norm) && AFTER_HEAD_WORDS.has(tokens[k + 1]?.norm ?? '');
    const ends = (k: number) =>
      isPunctuation(tokens[k]) ||
      // `The Embassy further assured …`: an adverb stands between the subject and its verb.
      (k > i + 1 && ADVERBS.has(tokens[k]!.norm) && !AUXILIARIES.has(tokens[k]!.norm)) ||
      ((isVerbLike(tokens[k]) || looksLikeVerb(tokens[k]) || AUXILIARIES.has(tokens[k]!.norm)) &&
        !adjective(k) &&
        !participle(k));
    while (j < tokens.length && j - i < 14 && !ends(j)) {
      // `a judge on Monday` ends at `on`; `a release on the department's Facebook page` names its issuer.
      const issued =
        (ISSUING_NOUNS.has(tokens[j - 1]!.norm) || SPEAKS_FOR_NOUNS.has(tokens[j - 1]!.norm)) &&
        !CLAUSE_WORDS.has(tokens[j]!.norm);
      if (j > i + 1 && DESCRIPTION_STOPS.has(tokens[j]!.norm) && !issued && !participle(j - 1)) break;
      j++;
    }
    const text = tokens.slice(i, j);
    // `the CFA said`: initials after `the` are a name, as they are without it.
    if (j === i + 2 && first.norm === 'the' && isAcronym(tokens[i + 1])) {
      return { phrase: namePhrase([tokens[i + 1]!], []), end: j };
    }
    // An appositive name wins over the description: `the foreign minister, Elena Varga, said`.
    if (tokens[j]?.text === ',' && startsName(tokens[j + 1])) {
      const named = nameRunAt(tokens, j + 1);
      if (named) {
        const phrase = namePhrase(named.run, [words(text)]);
        if (phrase.name.kind === 'person' || phrase.name.kind === 'unknown') return { phrase, end: named.end };
      }
    }
    const appositive = appositiveAfter(tokens, j);
    const phrase = description(text, !INDEFINITE_DETERMINERS.has(first.norm));
    return { phrase: appositive ? { ...phrase, appositive } : phrase, end: j };
  }

  // Role words before a name: `geopolitics expert Neil Quilliam`, `Danish striker Ana Ruiz`.
  let j = i;
  if (isNationality(tokens[j]) && isRoleWord(tokens[j + 1])) j++;
  while (j < tokens.length && j - i < 4 && isRoleWordAt(tokens, j)) j++;
  // `said cellist and teacher, Nadia Holm`: two roles joined, and a comma before the name.
  if (j > i && tokens[j]?.norm === 'and' && isRoleWord(tokens[j + 1])) {
    j++;
    while (j < tokens.length && j - i < 7 && isRoleWord(tokens[j])) j++;
  }
  const roleEnd = j;
  if (j > i && tokens[j]?.text === ',' && startsName(tokens[j + 1]) && !isTitleWord(tokens[j + 1]!)) j++;
  if (j > i && isVerbLike(tokens[j])) return null;
  let named = nameRunAt(tokens, j);
  if (!named) return null;
  // `ACP candidate Mara Lindqvist`, `Rovers manager Dean Holloway`: a name, role words, then the
  // name of the person they describe; the first name only modifies the second.
  const after = roleWordsToName(tokens, named.end) ?? named.end;
  const modified = after > named.end && !isPossessive(named.run.at(-1)) ? nameRunAt(tokens, after) : null;

  if (modified && parseName(modified.run).kind === 'person') named = modified;
  // `AFP’s source in the security forces`: a possessive name is the determiner of a description.
  const last = named.run.at(-1)!;
  if (isPossessive(last) && isRoleWord(tokens[named.end])) {
    let k = named.end;
    while (k < tokens.length && k - named.end < 8 && !isPunctuation(tokens[k]) && !isVerbLike(tokens[k])) k++;
    // `Harbour Energy's chief executive, Rachel Okonjo`: an appositive name wins, as after `the`.
    const appositive = tokens[k]?.text === ',' ? nameRunAt(tokens, k + 1) : null;
    if (appositive && parseName(appositive.run).kind === 'person') {
      return { phrase: namePhrase(appositive.run, [words(tokens.slice(i, k))]), end: appositive.end };
    }
    return { phrase: description(tokens.slice(i, k), true), end: k };
  }

  const descriptors = j > i || modified ? [words(tokens.slice(i, modified ? after : roleEnd))] : [];

  const appositive = appositiveAfter(tokens, named.end);
  if (appositive) descriptors.push(appositive);
  return { phrase: namePhrase(named.run, descriptors), end: named.end };
}

/** `Dorsey, an honorary fellow at the National University of Singapore’s Middle East Institute` → the part after the comma. */
export function appositiveAfter(tokens: Token[], i: number): string | null {
  if (tokens[i]?.text !== ',') return null;
  let j = i + 1;
  const start = j;
  while (j < tokens.length && !isPunctuation(tokens[j]) && j - start < 16) {
    if (isVerbLike(tokens[j])) return null;
    j++;
  }
  const first = tokens[start];
  if (!first || j === start) return null;
  // Appositives describe: a determiner, a lower-case role word or an age, not a new clause.
  const describes = DETERMINERS.has(first.norm) || !isCapitalised(first) || /^\p{N}/u.test(first.text);
  if (!describes || isPronoun(first) || CLAUSE_WORDS.has(first.norm)) return null;
  return words(tokens.slice(start, j));
}

/** `close to` before a name at `k`: where the link starts, or -1. */
function closeToAt(tokens: Token[], k: number): number {
  return tokens[k - 1]?.norm === 'to' && ['close', 'closest', 'loyal', 'near'].includes(tokens[k - 2]?.norm ?? '')
    ? k - 2
    : -1;
}

/**
 * Reads the noun phrase that ends just before `end`: the subject of a verb
 * (`The King’s College London academic said`, `Sen. Daniel Ortiz, R-Texas, said`).
 */
export function phraseBefore(
  tokens: Token[],
  end: number,
  options: { stripPossessive?: boolean } = {},
): NamePhrase | PronounPhrase | DescriptionPhrase | null {
  let j = end - 1;
  while (j >= 0 && ADVERBS.has(tokens[j]!.norm)) j--;
  const last = tokens[j];
  if (!last) return null;
  if (isPronoun(last)) return { kind: 'pronoun', word: last.norm, start: last.start, end: last.end };
  if (GROUP_NOUNS.has(last.norm) && !DETERMINERS.has(tokens[j - 1]?.norm ?? '')) {
    // With its adjectives: "Local residents", "Western diplomats", "Israeli officials".
    let k = j;
    const modifier = (token: Token | undefined) =>
      token !== undefined &&
      (isRoleWord(token) || startsName(token) || (isCapitalised(token) && isRoleWord({ ...token, text: token.norm })));
    while (k > 0 && j - k < 2 && modifier(tokens[k - 1])) k--;
    return description(tokens.slice(k, j + 1), k === j && INSTITUTION_NOUNS.has(last.norm));
  }
  if (last.norm === 'who' || last.norm === 'which')
    return phraseBefore(tokens, tokens[j - 1]?.text === ',' ? j - 1 : j);

  if (last.text === ',') return phraseBeforeComma(tokens, j);

  if (isCapitalised(last) && (startsName(last) || runStartBefore(tokens, j) < j)) {
    let k = runStartBefore(tokens, j);
    // `the University of Manchester said`: an organisation's name read back over its `of`.
    const joined = ['of', 'for', 'and'].includes(tokens[k - 1]?.norm ?? '') ? runStartBefore(tokens, k - 2) : -1;
    if (joined >= 0 && joined < k - 1 && nameRunAt(tokens, joined)?.end === j + 1) k = joined;
    // `First West of England … said`: the end of a longer name we could not read, not `England`.
    else if (tokens[k - 1]?.norm === 'of' && isCapitalised(tokens[k - 2]) && !isPossessive(tokens[k - 2])) return null;
    const run = tokens.slice(k, j + 1);

    if (run.length === 0 || !startsName(run[0])) return null;
    // `a visibly angry Speaker said`: a title alone describes an office-holder, it does not name one.
    if (isTitleRun(run)) {
      let from = k;
      while (from > 0 && k - from < 4 && !DETERMINERS.has(tokens[from]!.norm) && isRoleWord(tokens[from - 1])) from--;
      if (DETERMINERS.has(tokens[from - 1]?.norm ?? '')) from--;
      const determiner = tokens[from]!;
      return description(
        tokens.slice(from, j + 1),
        DETERMINERS.has(determiner.norm) && !INDEFINITE_DETERMINERS.has(determiner.norm),
      );
    }
    const article = tokens[k - 1];
    // `the Spaniard smiled`: one capitalised word after an article is a description, not a name.

    // But initials are a name: `the CFA said` is the Coastal Ferry Authority named before.
    if (run.length === 1 && article && ['the', 'a', 'an'].includes(article.norm) && !isAcronym(run[0])) {
      return description([article, run[0]!], article.norm === 'the');
    }
    // `A spokesperson for Ofwat said`, `a source close to Mace told`: the name belongs to a
    // description of someone unnamed.
    const link = OWNER_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '') ? k - 1 : closeToAt(tokens, k);
    if (link >= 0) {
      const owner = phraseBefore(tokens, link);
      // `The Harbour Board in Tarnow said`: where the subject is, not who spoke.
      if (owner?.kind === 'name' && ['in', 'at'].includes(tokens[link]!.norm)) return owner;
      if (owner?.kind === 'description') {
        return description(
          tokens.filter((token) => token.start >= owner.start && token.end <= run.at(-1)!.end),
          owner.definite,
        );
      }
    }
    const fixed = options.stripPossessive
      ? [...run.slice(0, -1), { ...run.at(-1)!, text: run.at(-1)!.text.replace(/['’]s?$/u, '') }]
      : run;
    // Role words before the name: "geopolitics expert Neil Quilliam", "police spokeswoman Sgt. Hoaas".
    let roleStart = k;
    while (roleStart - 1 >= 0 && k - roleStart < 3 && isRoleWordAt(tokens, roleStart - 1)) roleStart--;
    if (roleStart - 1 >= 0 && roleStart < k && isNationality(tokens[roleStart - 1])) roleStart--;
    const descriptors = roleStart < k ? [words(tokens.slice(roleStart, k))] : [];
    return namePhrase(fixed, descriptors);
  }

  // "it said" is an organisation the text has not named here: left to the organisation sieve.
  if (last.norm === 'it') return { kind: 'pronoun', word: 'it', start: last.start, end: last.end };
  // A description ending in a common noun: walk back to its determiner, not past a clause
  // boundary ("The chipmaker unveiled what it called …" has no speaker description).
  let k = j;
  while (k >= 0 && j - k < 9) {
    const token = tokens[k]!;
    const adjective = isVerbLike(token) && DETERMINERS.has(tokens[k - 1]?.norm ?? '');
    if (isPunctuation(token) || (isVerbLike(token) && !adjective) || CLAUSE_WORDS.has(token.norm)) break;

    // A possessive works as a determiner: "Russia's defence ministry", "the union's general secretary".
    if (DETERMINERS.has(token.norm) || (k < j && isPossessive(token))) {
      let from = k;
      // "the union's general secretary": the article before a possessive belongs to the phrase.
      if (isPossessive(token) && DETERMINERS.has(tokens[k - 1]?.norm ?? '')) from = k - 1;
      else if (isPossessive(token)) from = runStartBefore(tokens, k);
      // `A source close to the couple told`: the one close to them, not the couple.
      const link = closeToAt(tokens, from);
      const owner = link >= 0 ? phraseBefore(tokens, link) : null;
      if (owner?.kind === 'description') {
        const whole = tokens.filter((t) => t.start >= owner.start && t.end <= tokens[j]!.end);
        return description(whole, owner.definite);
      }
      return description(tokens.slice(from, j + 1), !INDEFINITE_DETERMINERS.has(tokens[from]!.norm));
    }
    k--;
  }
  // A bare plural: "analysts said", "officials said".
  if (/s$/u.test(last.norm) && !isCapitalised(last)) return description([last], false);
  return null;
}

/** Where a name run that ends at `j` starts, walking back over name words and particles. */
function runStartBefore(tokens: Token[], j: number): number {
  let k = j;
  while (k - 1 >= 0) {
    const previous = tokens[k - 1]!;
    if (previous.endsSentence) break;
    const nameWord = isCapitalised(previous) && !/^\p{N}/u.test(previous.text) && !isPossessive(previous);

    const particle = NAME_PARTICLES.has(previous.norm) && k - 1 > 0 && isCapitalised(tokens[k - 2]);
    if (!(nameWord || particle)) break;
    k--;
  }
  while (k < j && !startsName(tokens[k])) k++;
  return k;
}

/** `Name, appositive, said` or `the foreign minister, Name, said`: the phrase that ends in a comma at `j`. */
function phraseBeforeComma(tokens: Token[], j: number): NounPhrase | null {
  let open = j - 1;
  while (open >= 0 && !isPunctuation(tokens[open])) open--;
  const inner = tokens.slice(open + 1, j);
  const innerFirst = inner[0];
  if (!innerFirst) return null;
  // `Their lead negotiator, Tina Stege of the Marshall Islands, told`: a name, then where they are from.
  const leading = startsName(innerFirst) ? nameRunAt(inner, 0) : null;
  if (leading && leading.end < inner.length && ['of', 'from', 'at', 'with'].includes(inner[leading.end]!.norm)) {
    const named = namePhrase(leading.run, [words(inner.slice(leading.end))]);
    if (named.name.kind === 'person') {
      const head = open >= 0 && tokens[open]?.text === ',' ? phraseBefore(tokens, open) : null;
      if (head?.kind === 'description') named.descriptors.unshift(head.text);
      return named;
    }
  }
  const nameWord = (t: Token) => isCapitalised(t) || NAME_PARTICLES.has(t.norm) || isJoinedParticle(t);
  if (startsName(innerFirst) && inner.every(nameWord)) {
    const head = open >= 0 && tokens[open]?.text === ',' ? phraseBefore(tokens, open) : null;
    // `Sen. Daniel Ortiz, R-Texas, said`: a name before the commas is the speaker, what follows describes them.
    if (head?.kind === 'name') return { ...head, descriptors: [...head.descriptors, words(inner)] };
    const named = namePhrase(inner, head?.kind === 'description' ? [head.text] : []);
    return named;
  }
  if (open >= 0 && tokens[open]?.text === ',') {
    const head = phraseBefore(tokens, open);
    if (head?.kind === 'name') return { ...head, descriptors: [...head.descriptors, words(inner)] };
    return head;
  }
  return null;
}
