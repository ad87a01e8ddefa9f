/**
 * Names as news copy writes them: a run of capitalised words, split into the title before
 * the name (`Cllr`, `Chief Executive`, `Cleveland-Cliffs CEO`), the name itself and the
 * letters after it (`KC`, `MP`), and classified as a person's, an organisation's, an
 * outlet's or a place's.
 *
 *   Sen. Ruth Ward            → Ruth Ward (honorific Sen.)
 *   David Ames KC             → David Ames (post-nominal KC)
 *   Rural Development Minister Munde → Munde (title Rural Development Minister)
 *   Park Hills Fire Department → an organisation
 */
import {
  COMPASS_WORDS,
  DAYS,
  DERIVED_ADJECTIVE_ENDINGS,
  type Gender,
  HONORIFICS,
  INDUSTRY_NOUNS,
  INSTITUTION_NOUNS,
  MEDIA_OUTLETS,
  MONTHS,
  NAME_PARTICLES,
  NATIONALITY,
  NOT_NAMES,
  OFFICES,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  PORTFOLIO_WORDS,
  POST_NOMINALS,
  THING_WORDS,
  TIME_ZONES,
} from '../lexicon/index.ts';
import { isCapitalised, isPossessive, type Token, words } from '../text/tokens.ts';

/** `thing`: a document, an event, a law or a prize (`Cairo Declaration`, `World Cup`): never a speaker. */
/**
 * `anonymous`: a person known only by a role and a letter or number (`Witness A`, `Resident 14`):
 * someone, but no name to give them.
 */
export type NameKind = 'person' | 'organisation' | 'outlet' | 'place' | 'thing' | 'anonymous' | 'unknown';

export interface ParsedName {
  /** The name as it should be shown: `Jane Moss`; an organisation's or outlet's whole run. */
  text: string;
  /** The words of the name, possessive dropped: `['Jane', 'Moss']`. */
  parts: string[];
  /** The honorific right before the name, as written: `Ms`, `Sgt.`. */
  honorific: string | null;
  /** Everything before the name that is not it: `Chief Executive`, `Cleveland-Cliffs CEO`. */
  title: string | null;
  postNominals: string[];
  /** What the honorific tells (`Mr` → male), if anything. */
  gender: Gender | null;
  kind: NameKind;
}

const isInitial = (token: Token | undefined) => token !== undefined && /^(?:\p{Lu}\.)+$/u.test(token.text);
/** `ANC`, `BJP`, `UMPD`: an organisation's initials, not a word shouted in capitals (`REPLYING`). */
export const isAcronym = (token: Token | undefined): boolean =>
  token !== undefined && /^\p{Lu}{2,5}s?$/u.test(token.text) && !POST_NOMINALS.has(token.norm);
const isShouted = (token: Token) =>
  /^\p{Lu}{6,}$/u.test(token.text) || (/^\p{Lu}+$/u.test(token.text) && NOT_NAMES.has(token.norm));

/** `D-Calif.`, `R-Texas`: a US politician's party and state, written after the name. */
const isPartyTag = (token: Token) => /^[DRI]-\p{Lu}/u.test(token.text);

/** `el-Sayed`, `al-Assad`, `d’Artagnan`: a particle joined to a capitalised name. */
export const isJoinedParticle = (token: Token | undefined) =>
  token !== undefined && /^(?:al|el|bin|ibn|abu|ben|ould|de|di|da|du|d)['’-]\p{Lu}/u.test(token.text);

/** May this token open a name? Not a sentence word (`Last`, `Each`), a number, a shouted word or a party tag. */
export function startsName(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // Only a joined particle (`el-Sayed`) starts a name in lower case; the cheap test first.
  if (!isCapitalised(token)) return /^\p{Ll}{1,4}['’-]/u.test(token.text) && isJoinedParticle(token);
  return !NOT_NAMES.has(token.norm) && !/^\p{N}/u.test(token.text) && !isShouted(token) && !isPartyTag(token);
}

/** May this token carry a name on? Month names can (`Theresa May`), unless a date follows (`May 5`). */
function continuesName(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (isJoinedParticle(token)) return true;
  if (!token || !isCapitalised(token) || /^\p{N}/u.test(token.text) || isShouted(token)) return false;
  if (DAYS.has(token.norm)) return false;
  if (MONTHS.has(token.norm)) return !/^\p{N}/u.test(tokens[j + 1]?.text ?? '');
  return !NOT_NAMES.has(token.norm) || isInitial(token);
}

/** `14:05 BST Chen Wei said`: a live blog's time stamp glued to a name is not part of it. */

/** `WHO spokesperson …`, `US officials`
: initials that spell a common word, unless the words around are shouted too. */
function acronymStart(tokens: readonly Token[], i: number): boolean {
  const caps = (token: Token | undefined) => token !== undefined && /^\p{Lu}{2,}$/u.test(token.text);
  return isAcronym(tokens[i]) && !TIME_ZONES.has(tokens[i]!.norm) && !caps(tokens[i - 1]) && !caps(tokens[i + 1]);
}

/**
 * A family name that starts with its particles
, used alone: `insists van der Berg`, `according
 * to de la Cruz`. Only where no name stands right before (that would make them its middle).
 */
function particleStart(tokens: readonly Token[], i: number): boolean {
  if (isCapitalised(tokens[i - 1])) return false;
  let j = i;
  while (j < tokens.length && j - i < 3 && NAME_PARTICLES.has(tokens[j]!.norm)) j++;
  return j > i && continuesName(tokens, j);
}

/**
 * `Scottish and Southern Electricity Networks`: a nationality alone cannot be a subject joined by
 * `and`, so before an organisation's name it is the first word of that name.
 */
function joinsAdjective(run: readonly Token[], tokens: readonly Token[], j: number): boolean {
  if (run.length !== 1 || tokens[j]?.norm !== 'and' || !NATIONALITY.has(run[0]!.norm)) return false;
  const rest: Token[] = [];
  for (let k = j + 1; k < tokens.length && continuesName(tokens, k); k++) rest.push(tokens[k]!);
  return hasOrganisationWord(rest);
}

const hasOrganisationWord = (run: readonly Token[]) => run.some((t) => ORGANISATION_WORDS.has(t.norm));

/**
 * The run of name words starting at `i`: capitalised words, initials and particles inside a name
 * (`von der Leyen`), joined over `of` and `for` inside an organisation's name (`Ministry of
 * Foreign Affairs`). A possessive ends it: in `Trump’s envoy`, the name is `Trump’s`.
 */
export function nameRunAt(tokens: readonly Token[], i: number): { run: Token[]; end: number } | null {
  const first = tokens[i];
  if (!first) return null;
  if (!startsName(first) && !particleStart(tokens, i) && !(isCapitalised(first) && acronymStart(tokens, i)))
    return null;

  const run: Token[] = [];
  let j = i;
  while (j < tokens.length) {
    const token = tokens[j]!;
    // `the Park Hills Fire Department Facebook page`: a platform after a name is not part of it.
    if (run.length > 0 && MEDIA_OUTLETS.has(token.norm)) break;
    if (run.length === 0 || continuesName(tokens, j)) {
      run.push(token);
      j++;
      if (isPossessive(token) || token.endsSentence) break;
      continue;
    }
    // `von der Leyen`: one particle or two, then the rest of the name.
    const particle =
      NAME_PARTICLES.has(token.norm) &&
      (continuesName(tokens, j + 1) || (NAME_PARTICLES.has(tokens[j + 1]?.norm ?? '') && continuesName(tokens, j + 2)));

    if (particle) {
      run.push(token);
      j++;
      continue;
    }
    const joinsOrganisation =
      ['of', 'for', 'and', 'on'].includes(token.norm) &&
      hasOrganisationWord(run) &&
      (continuesName(tokens, j + 1) || (tokens[j + 1]?.norm === 'the' && continuesName(tokens, j + 2)));
    // `Minister for Rural Affairs Dorota Kasprzak`: an office runs on over `for` into its portfolio.
    const joinsPortfolio =
      (['of', 'for'].includes(token.norm) &&
        run.length > 0 &&
        run.every(isTitleWord) &&
        PORTFOLIO_WORDS.has(tokens[j + 1]?.norm ?? '') &&
        continuesName(tokens, j + 1)) ||
      // `Minister for Ports and Maritime Affairs`: a portfolio has its own `and`.
      (token.norm === 'and' &&
        isTitleWord(run[0]!) &&
        run.some((t) => t.norm === 'for' || t.norm === 'of') &&
        PORTFOLIO_WORDS.has(run.at(-1)!.norm) &&
        continuesName(tokens, j + 1));
    if (joinsOrganisation || joinsPortfolio || joinsAdjective(run, tokens, j)) {
      const skip = tokens[j + 1]?.norm === 'the' ? 2 : 1;
      run.push(...tokens.slice(j, j + skip));
      j += skip;
      continue;
    }
    // `Witness A`, `Resident 14`: a role and the letter or number that stands in for a name.
    const role = run.length === 1 && (PERSON_NOUNS.has(run[0]!.norm) || OFFICES.has(run[0]!.norm));
    if (role && isDesignation(token) && !isCapitalised(tokens[j + 1])) {
      run.push(token);
      j++;
      break;
    }
    // `Carlow police`, `Dunmore council`: a place and the institution written after it in lower case.
    if (INSTITUTION_NOUNS.has(token.norm) && !isCapitalised(token) && !run.some(isTitleWord)) {
      run.push(token);
      j++;
    }
    break;
  }
  if (isTitleRun(run)) return null;
  // `Scottish MP`, `MPs`, `Labour MPs`' first word aside: a rank or its plural, with a people's adjective.
  if (run.every((token) => isRank(token) || NATIONALITY.has(token.norm)) && run.some(isRank)) return null;
  return { run, end: j };
}

const clean = (text: string) => text.replace(/['’]s?$/u, '');

const portfolioWord = (token: Token) => PORTFOLIO_WORDS.has(token.norm) || ['for', 'of', 'and'].includes(token.norm);

/**
 * `the Speaker`, `Prime Minister`, `the Minister for Fisheries`, `the Foreign Secretary`: titles
 * alone, or an office with its portfolio, describe an office-holder; they do not name one.
 */
export function isTitleRun(run: readonly Token[]): boolean {
  if (run.length === 0) return false;
  if (run.every((token) => isTitleWord(token))) return true;
  if (isTitleWord(run[0]!) && run.every((token) => isTitleWord(token) || portfolioWord(token))) return true;
  return run.length > 1 && isTitleWord(run.at(-1)!) && run.slice(0, -1).every(portfolioWord);
}
/** `A`, `B.`, `14`: a letter or a number standing in for a name. */
const isDesignation = (token: Token) => /^(?:\p{Lu}\.?|\p{N}+)$/u.test(token.text);
/** `MP`, `MPs`, `Minister`, `Ministers`: a title or the letters after a name, or their plural. */
const isRank = (token: Token) => {
  const singular = token.norm.replace(/s$/u, '');
  return isTitleWord(token) || POST_NOMINALS.has(token.norm) || OFFICES.has(singular) || POST_NOMINALS.has(singular);
};
export const isTitleWord = (token: Token) => HONORIFICS.has(token.norm) || OFFICES.has(token.norm);

/** Splits a run into title, name and post-nominals, and says what kind of name it is. */
export function parseName(run: readonly Token[]): ParsedName {
  let end = run.length;
  const postNominals: string[] = [];
  while (end > 2 && POST_NOMINALS.has(run[end - 1]!.norm)) postNominals.unshift(run[--end]!.text);
  const body = run.slice(0, end);

  // The name starts after the last title word that still leaves a word for the name:
  // `Prime Minister Anthony Albanese`, but `John Major` keeps `Major`.
  let split = -1;
  body.forEach((token, index) => {
    const leadingNoun = index === 0 && PERSON_NOUNS.has(token.norm) && body.length > 1;
    if (index < body.length - 1 && (isTitleWord(token) || leadingNoun)) split = index;
  });
  // `Carmaker Brelle said`, `Developer Greyfield Homes said`: a company's trade opening a
  // sentence is not part of its name.
  if (body.length >= 2 && INDUSTRY_NOUNS.has(body[0]!.norm) && !isTitleWord(body[1]!)) {
    const parts = body.slice(1).map((token, index) => (index === body.length - 2 ? clean(token.text) : token.text));
    return {
      text: parts.join(' '),
      parts,
      honorific: null,
      title: body[0]!.text,
      postNominals,
      gender: null,
      kind: 'organisation',
    };
  }
  split = portfolioEnd(body, split);
  const nameTokens = body.slice(split + 1);

  const titleTokens = body.slice(0, split + 1);
  const honorificToken = titleTokens.findLast((token) => HONORIFICS.has(token.norm));
  const gender = titleTokens.map((token) => HONORIFICS.get(token.norm)).find((g) => g) ?? null;
  const parts = nameTokens.map((token, index) => (index === nameTokens.length - 1 ? clean(token.text) : token.text));
  const kind = classify(body, nameTokens, titleTokens.length > 0);

  if (kind !== 'person' && kind !== 'unknown') {
    // Not a person: the whole run is the name (`St. Francois County`, `General Motors`), but for
    // a people's adjective before initials, which says where the body is (`Swiss ETH` is ETH).
    const located = body.length > 1 && NATIONALITY.has(body[0]!.norm) && body.slice(1).every(isAcronym);
    const own = located ? body.slice(1) : body;
    const all = own.map((token, index) => (index === own.length - 1 ? clean(token.text) : token.text));
    const title = located ? body[0]!.text : null;
    return { text: all.join(' '), parts: all, honorific: null, title, postNominals, gender: null, kind };
  }
  return {
    text: parts.join(' '),
    parts,
    honorific: honorificToken?.text ?? null,
    title: titleTokens.length > 0 ? words(titleTokens) : null,
    postNominals,
    gender,
    kind,
  };
}

/**
 * `Minister for Rural Affairs Dorota Kasprzak`: after an office and `for` or `of`, the title runs
 * to the last portfolio word (`and` inside it too), as long as a word is left for the name.
 */
function portfolioEnd(body: readonly Token[], split: number): number {
  if (split < 0 || !['for', 'of'].includes(body[split + 1]?.norm ?? '')) return split;
  let end = split + 1;
  for (let k = split + 2; k < body.length - 1; k++) {
    const norm = body[k]!.norm;
    if (PORTFOLIO_WORDS.has(norm)) end = k;
    else if (norm !== 'and' && !PORTFOLIO_WORDS.has(body[k + 1]?.norm ?? '')) break;
  }
  return end > split + 1 ? end : split;
}

/** `New York-based`, `Kenyan-born`: an adjective made from a name, not a name. */
const isDerivedAdjective = (token: Token) =>
  DERIVED_ADJECTIVE_ENDINGS.has(token.norm.split('-').at(-1)!) && token.norm.includes('-');

function classify(body: readonly Token[], name: readonly Token[], titled: boolean): NameKind {
  // `Witness A`, `Patient X`, `Officer 7`: a role and a letter or a number stand in for a name.
  const role = body[0]!.norm;
  if (body.length > 1 && (PERSON_NOUNS.has(role) || OFFICES.has(role)) && body.slice(1).every(isDesignation)) {
    return 'anonymous';
  }
  if (isDerivedAdjective(name.at(-1)!)) return 'place';

  const whole = clean(words(body))
    .toLowerCase()
    .replace(/^the\s+/u, '');
  const first = body[0]!.norm;
  if (MEDIA_OUTLETS.has(whole) || (MEDIA_OUTLETS.has(first) && !titled)) return 'outlet';
  const last = name.at(-1)!.norm;
  if (PLACE_WORDS.has(last) && name.length > 1) return 'place';
  if (THING_WORDS.has(last) && name.length > 1) return 'thing';
  if (name.some((token) => ORGANISATION_WORDS.has(token.norm))) return 'organisation';
  // `Western Cape`, `North Korea`: a compass word or a nationality opening a name makes a place.
  if (name.length > 1 && (COMPASS_WORDS.has(name[0]!.norm) || NATIONALITY.has(name.map((t) => t.norm).join(' '))))
    return 'place';
  if (name.some((token) => OUTLET_WORDS.has(token.norm)) && name.length > 1) return 'outlet';
  if (name.some(isAcronym)) return 'organisation';
  const joined = name
    .map((t) => t.norm)
    .join(' ')
    .replace(/['’]s?$/u, '');
  if (NATIONALITY.has(joined)) return 'place';
  if (titled) return 'person';
  return name.length >= 2 ? 'person' : 'unknown';
}
