/**
 * The grammar of attribution in news prose, kept to what the cues need: speech verbs,
 * and the noun phrase that names who spoke, before or after the verb.
 *
 *   “…,” said Quilliam, associate fellow at Chatham House.   → verb first, then the name
 *   “…,” geopolitics expert Neil Quilliam said.               → name, then the verb
 *   The King’s College London academic said Netanyahu had “…” → a description, then the verb
 */

export interface Token {
  text: string;
  /** Lower case, apostrophes straightened, possessive ’s dropped. */
  norm: string;
  start: number;
  end: number;
}

export type NounPhrase =
  | { kind: 'name'; name: string; titles: string[]; descriptors: string[] }
  | { kind: 'pronoun'; word: string }
  | { kind: 'description'; text: string; definite: boolean };

export interface Cue {
  verb: string;
  speaker: NounPhrase | null;
  /** The quote is introduced by a colon right after the cue (`X added: “…”`), which binds tightest. */
  boundByColon: boolean;
  /** The verb was a participle (`calling the move “…”`) whose subject is the sentence's speaker. */
  participle: boolean;
}

const SPEECH_VERBS = new Set(
  `said says say added adds told tells asked asks explained explains noted notes argued argues warned warns stated states
  wrote writes insisted insists claimed claims replied replies responded responds continued continues remarked remarks
  observed observes stressed stresses emphasised emphasized emphasises emphasizes declared declares announced announces
  acknowledged acknowledges admitted admits suggested suggests concluded concludes recalled recalls cautioned cautions
  predicted predicts maintained maintains contended contends conceded concedes quipped urged urges commented comments
  tweeted posted confirmed confirms agreed agrees complained complains countered counters cautioned reiterated reiterates
  mused conceded predicted believes believed thinks thought pointed went testified affirmed affirms alleged alleges
  whispered shouted called described disagreed objected retorted interjected replied dismissed accused blamed
  promised vowed pledged denied criticised criticized praised hailed condemned labelled labeled branded read reads
  thanked`.split(/\s+/),
);
/** Verbs whose next noun is their object, not an inverted subject: `X told Reuters: “…”`. */
const TAKES_OBJECT = new Set(
  `told tells asked asks urged urges warned warns reminded informed assured called described dismissed accused
  blamed promised pledged denied criticised criticized praised hailed condemned labelled labeled branded thanked`.split(
    /\s+/,
  ),
);
/** Plural nouns for groups of unnamed sources: `Diplomats said`, `officials said`. */
const GROUP_NOUNS = new Set(
  `officials diplomats analysts experts sources critics residents witnesses observers protesters lawmakers economists
  investors traders officers police doctors activists aides negotiators mediators supporters opponents rebels militants
  soldiers medics analysts researchers campaigners scientists insiders people`.split(/\s+/),
);
const PARTICIPLES = new Set(
  `saying adding calling describing noting warning arguing telling insisting stressing explaining asking claiming
  emphasising emphasizing suggesting declaring writing labelling labeling`.split(/\s+/),
);
/** Nouns for what someone said, as in `the spokesperson’s justification: “…”`. */
const SPEECH_NOUNS = new Set(
  `statement statements justification remarks remark words comments comment response reply message warning argument
  claim explanation answer speech testimony tweet post note assessment view verdict`.split(/\s+/),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'this', 'that', 'its', 'their', 'his', 'her']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
/** Words allowed between a speaker and the verb: `he also said`, `Dorsey later added`. */
const ADVERBS = new Set(
  `also later then further previously has had have was is once recently separately however again earlier too
  subsequently simply just similarly meanwhile additionally instead`.split(/\s+/),
);
/** Capitalised words that are not part of a name at the start of a run. */
const NOT_NAMES = new Set(
  `but and then so yet meanwhile however also now still instead later earlier today yesterday on in at after before
  while when as though although if the a an this that these those there here it its what who why how where i we he she
  they according speaking asked monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december for with from by of to among under one two three some
  many several others both`.split(/\s+/),
);
/** Titles that precede a name and are not part of it: `Prime Minister Benjamin Netanyahu`. */
const TITLES = new Set(
  `president minister secretary senator sen rep representative governor gov ambassador envoy general gen chancellor
  king queen prince princess mr mrs ms dr prof professor sir dame lord lady judge justice mayor chief commander
  spokesman spokeswoman spokesperson premier vice deputy foreign prime defence defense interior finance state
  colonel col captain lieutenant sergeant admiral pope rabbi imam cardinal bishop speaker leader analyst economist
  expert historian researcher journalist author activist lawyer commentator scholar diplomat columnist editor director
  chairman chairwoman chair founder councillor councilor councilman councilwoman alderman commissioner inspector
  detective sheriff superintendent constable`.split(/\s+/),
);
/**
 * Offices and jobs: "the health secretary" is a person, but a different office from "the
 * union's general secretary", so a description with one of these is matched strictly.
 */
export const ROLE_NOUNS = new Set(
  `secretary minister president spokesman spokeswoman spokesperson official chancellor governor mayor senator judge
  director chief leader chairman chairwoman adviser advisor ambassador envoy diplomat lawyer prosecutor general
  commander officer manager coach captain premier`.split(/\s+/),
);

/** Head nouns of descriptions that newsrooms use to vary the name of the expert just quoted. */
const EXPERT_NOUNS = new Set(
  'academic analyst expert specialist professor scholar researcher fellow economist historian commentator strategist lecturer scientist author veteran observer'.split(
    ' ',
  ),
);

/** A noun naming a person: the head of "the 61-year-old photographer", not of "the government". */
export function isPersonNoun(word: string): boolean {
  if (EXPERT_NOUNS.has(word) || ROLE_NOUNS.has(word)) return true;
  if (/(?:ment|tion|sion|ship|ness|ism|ure|ance|ence|ry|ty|ity)$/u.test(word)) return false;
  return /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|eer)$/u.test(word);
}

const PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'in']);
/** Words that open a clause: a noun phrase read backwards stops at them. */
const CLAUSE_WORDS = new Set(['what', 'who', 'whom', 'which', 'that', 'it', 'where', 'when', 'while', 'because']);
/** Words after which a sentence-opening description has ended: "A federal judge on Monday …". */
const DESCRIPTION_ENDS = new Set([
  'on',
  'in',
  'at',
  'to',
  'by',
  'after',
  'over',
  'during',
  'yesterday',
  'today',
  'who',
  'which',
  'that',
]);
/** Particles inside names: `Ursula von der Leyen`, `Abdel Fattah al-Sisi`. */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'di',
  'el',
]);

const TOKEN = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*\.?|[,;:—–()]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // A full stop belongs to the word only in abbreviations and initials ("U.S.", "J.").
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    const start = offset + match.index;
    tokens.push({ text: word, norm: normalise(word), start, end: start + word.length });
  }
  return tokens;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

const isCapitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
const isPunctuation = (token: Token | undefined) => token !== undefined && /^[,;:—–()]$/u.test(token.text);
// Verbs in running text are lower case; "States" in "United States" is not a verb.
const isSpeechVerb = (token: Token | undefined) => token !== undefined && SPEECH_VERBS.has(token.text);
const isParticiple = (token: Token | undefined) => token !== undefined && PARTICIPLES.has(token.text);
const isNameToken = (token: Token | undefined) =>
  token !== undefined && isCapitalised(token) && !NOT_NAMES.has(token.norm) && !/^\p{N}/u.test(token.text);

/** Joins tokens back as they were written. */
const words = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');

/** Name tokens with titles split off: `United States President Donald Trump` → Donald Trump, titled "United States President". */
function nameFrom(run: Token[], descriptors: string[]): NounPhrase | null {
  let lastTitle = -1;
  run.forEach((token, index) => {
    if (TITLES.has(token.norm) && index < run.length - 1) lastTitle = index;
  });
  const nameTokens = run.slice(lastTitle + 1);
  if (nameTokens.length === 0) return null;
  const titles = lastTitle >= 0 ? [words(run.slice(0, lastTitle + 1))] : [];
  const name = words(nameTokens).replace(/['’]s$/u, '');
  return { kind: 'name', name, titles, descriptors };
}

/** Reads a noun phrase forwards from `i`: what follows a verb (`said Dorsey, an honorary fellow`) or starts a clause. */
export function phraseAfter(tokens: Token[], i: number): { phrase: NounPhrase; end: number } | null {
  const first = tokens[i];
  if (!first) return null;
  if (PRONOUNS.has(first.norm)) return { phrase: { kind: 'pronoun', word: first.norm }, end: i + 1 };
  if (GROUP_NOUNS.has(first.norm))
    return { phrase: { kind: 'description', text: first.text, definite: false }, end: i + 1 };

  if (DETERMINERS.has(first.norm)) {
    let j = i + 1;
    while (j < tokens.length && j - i < 10 && !isPunctuation(tokens[j]) && !isSpeechVerb(tokens[j])) j++;
    const description = words(tokens.slice(i, j));
    // An appositive name wins over the description: `the foreign minister, Elena Varga, said`.
    if (tokens[j]?.text === ',' && isNameToken(tokens[j + 1])) {
      const named = nameRunFrom(tokens, j + 1);
      if (named) {
        const phrase = nameFrom(named.run, [description]);
        if (phrase) return { phrase, end: named.end };
      }
    }
    return { phrase: { kind: 'description', text: description, definite: !INDEFINITE.has(first.norm) }, end: j };
  }

  // Role words before a name: `geopolitics expert Neil Quilliam`.
  let j = i;
  while (j < tokens.length && j - i < 4 && !isCapitalised(tokens[j]) && !isPunctuation(tokens[j])) {
    if (isSpeechVerb(tokens[j]) || isParticiple(tokens[j])) return null;
    j++;
  }
  if (!isNameToken(tokens[j])) return null;
  const named = nameRunFrom(tokens, j);
  if (!named) return null;
  const descriptors = j > i ? [words(tokens.slice(i, j))] : [];
  const appositive = appositiveAfter(tokens, named.end);
  if (appositive) descriptors.push(appositive);
  const phrase = nameFrom(named.run, descriptors);
  return phrase ? { phrase, end: named.end } : null;
}

function nameRunFrom(tokens: Token[], i: number): { run: Token[]; end: number } | null {
  const run: Token[] = [];
  let j = i;
  while (j < tokens.length) {
    const token = tokens[j]!;
    const particle = NAME_PARTICLES.has(token.norm) && isNameToken(tokens[j + 1]) && run.length > 0;
    if (!(isNameToken(token) || particle || (run.length > 0 && /^\p{Lu}\.$/u.test(token.text)))) break;
    run.push(token);
    j++;
    if (/['’]s$/u.test(token.text)) break; // a possessive ends the name: "Trump’s"
  }
  return run.length ? { run, end: j } : null;
}

/** `Dorsey, an honorary fellow at the National University of Singapore’s Middle East Institute` → the part after the comma. */
function appositiveAfter(tokens: Token[], i: number): string | null {
  if (tokens[i]?.text !== ',') return null;
  let j = i + 1;
  const start = j;
  while (j < tokens.length && !isPunctuation(tokens[j]) && j - start < 16) {
    if (isSpeechVerb(tokens[j]) || isParticiple(tokens[j])) return null;
    j++;
  }
  const first = tokens[start];
  if (!first || j === start) return null;
  // Appositives describe: they start with a determiner or a lower-case role word, not a new clause.
  if (!(DETERMINERS.has(first.norm) || !isCapitalised(first)) || PRONOUNS.has(first.norm)) return null;
  return words(tokens.slice(start, j));
}

/** Reads the noun phrase that ends just before `end`: the subject of a verb (`The King’s College London academic said`). */
export function phraseBefore(tokens: Token[], end: number): NounPhrase | null {
  let j = end - 1;
  while (j >= 0 && ADVERBS.has(tokens[j]!.norm)) j--;
  const last = tokens[j];
  if (!last) return null;
  if (PRONOUNS.has(last.norm)) return { kind: 'pronoun', word: last.norm };
  if (GROUP_NOUNS.has(last.norm) && !DETERMINERS.has(tokens[j - 1]?.norm ?? '')) {
    // With its adjectives: "Local residents", "Western diplomats", "Israeli officials".
    let k = j;
    while (k > 0 && j - k < 2 && (isRoleWord(tokens[k - 1]) || isNameToken(tokens[k - 1]))) k--;
    return { kind: 'description', text: words(tokens.slice(k, j + 1)), definite: false };
  }
  if (last.norm === 'who' || last.norm === 'which')
    return phraseBefore(tokens, tokens[j - 1]?.text === ',' ? j - 1 : j);

  if (last.text === ',') {
    // `Name, appositive, said` or `the foreign minister, Name, said`.
    const open = findLastIndex(tokens, j - 1, (t) => isPunctuation(t));
    const inner = tokens.slice(open + 1, j);
    const innerFirst = inner[0];
    if (!innerFirst) return null;
    if (isNameToken(innerFirst) && inner.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.norm))) {
      const head = open >= 0 && tokens[open]?.text === ',' ? phraseBefore(tokens, open) : null;
      // `Sen. Daniel Ortiz, R-Texas, said`: a name before the commas is the speaker, what follows describes them.
      if (head?.kind === 'name') return { ...head, descriptors: [...head.descriptors, words(inner)] };
      const descriptors = head?.kind === 'description' ? [head.text] : [];
      return nameFrom(inner, descriptors);
    }
    if (open >= 0 && tokens[open]?.text === ',') {
      const head = phraseBefore(tokens, open);
      if (head?.kind === 'name') return { ...head, descriptors: [...head.descriptors, words(inner)] };
      return head;
    }
    return null;
  }

  if (isNameToken(last) || (isCapitalised(last) && !NOT_NAMES.has(last.norm))) {
    let k = j;
    while (k - 1 >= 0 && (isNameToken(tokens[k - 1]) || (NAME_PARTICLES.has(tokens[k - 1]!.norm) && k - 1 > 0))) k--;
    const run = tokens.slice(k, j + 1);
    if (run.length === 0) return null;
    // `the Spaniard smiled`: one capitalised word after an article is a description, not a name.
    const article = tokens[k - 1];
    if (run.length === 1 && article && ['the', 'a', 'an'].includes(article.norm)) {
      return { kind: 'description', text: `${article.text} ${run[0]!.text}`, definite: article.norm === 'the' };
    }
    // `A spokesperson for Ofwat said`: the name belongs to a description of someone unnamed.
    if (PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) {
      const owner = phraseBefore(tokens, k - 1);
      if (owner?.kind === 'description') {
        return { ...owner, text: `${owner.text} ${tokens[k - 1]!.text} ${words(run)}` };
      }
    }
    // A possessive in the middle belongs to a description: "the King’s College London academic".
    let roleStart = k;
    while (roleStart - 1 >= 0 && roleStart - k > -3 && isRoleWord(tokens[roleStart - 1])) roleStart--;
    const descriptors = roleStart < k ? [words(tokens.slice(roleStart, k))] : [];
    return nameFrom(run, descriptors);
  }

  // "it said" is an organisation the text has not named here: nobody to attribute to.
  if (last.norm === 'it') return null;
  // A description ending in a common noun: walk back to its determiner, not past a clause
  // boundary ("The chipmaker unveiled what it called …" has no speaker description).
  let k = j;
  while (k >= 0 && j - k < 9) {
    const token = tokens[k]!;
    if (isPunctuation(token) || isSpeechVerb(token) || CLAUSE_WORDS.has(token.norm)) break;
    // A possessive works as a determiner: "Russia's defence ministry", "the union's general secretary".
    if (DETERMINERS.has(token.norm) || (k < j && /['’]s$/u.test(token.text))) {
      return { kind: 'description', text: words(tokens.slice(k, j + 1)), definite: !INDEFINITE.has(token.norm) };
    }
    k--;
  }
  // A bare plural: "analysts said", "officials said".
  if (/s$/u.test(last.norm) && !isCapitalised(last)) return { kind: 'description', text: last.text, definite: false };
  return null;
}

/** A lower-case word that can describe a person before their name: "geopolitics expert". */
function isRoleWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !isCapitalised(token) &&
    !isPunctuation(token) &&
    !DETERMINERS.has(token.norm) &&
    !isSpeechVerb(token) &&
    !isParticiple(token) &&
    !ADVERBS.has(token.norm) &&
    !['and', 'or', 'but', 'that', 'to', 'of', 'by', 'with', 'for', 'from', 'as', 'at', 'in', 'on'].includes(token.norm)
  );
}

function findLastIndex(tokens: Token[], from: number, test: (token: Token) => boolean): number {
  for (let i = from; i >= 0; i--) if (test(tokens[i]!)) return i;
  return -1;
}

/**
 * The cue before a quote: the speech verb nearest to it and who spoke.
 * `context` runs from the start of the sentence (or the previous quote) to the opening mark.
 */
export function cueBefore(context: string): Cue | null {
  const tokens = tokenize(context);
  const boundByColon = /:\s*$/u.test(context);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.norm === 'to' && tokens[i - 1]?.norm === 'according') {
      const after = phraseAfter(tokens, i + 1);
      return { verb: 'according to', speaker: after?.phrase ?? null, boundByColon: false, participle: false };
    }
    // `In the words of the union's general secretary, Sharon Keane, “…”`
    if (token.norm === 'of' && tokens[i - 1]?.norm === 'words' && tokens[i - 2]?.norm === 'the') {
      const after = phraseAfter(tokens, i + 1);
      return { verb: 'in the words of', speaker: after?.phrase ?? null, boundByColon: false, participle: false };
    }
    if (isParticiple(token)) {
      // `a diplomat telling her: “…”`: a noun right before the participle is its subject.
      const own = isPunctuation(tokens[i - 1]) || tokens[i - 1] === undefined ? null : phraseBefore(tokens, i);
      // Only a real noun phrase, not the end of "was quoted as saying".
      const ownSubject =
        own?.kind === 'name' || (own?.kind === 'description' && DETERMINERS.has(own.text.split(' ')[0]!.toLowerCase()));
      if (own && ownSubject) return { verb: token.text, speaker: own, boundByColon, participle: false };
      const main = cueBefore(context.slice(0, token.start));
      if (main?.speaker) return { ...main, participle: true, boundByColon };
      return { verb: token.text, speaker: null, boundByColon, participle: true };
    }
    if (!isSpeechVerb(token)) continue;
    // Verb then speaker, right before the quote: `“The question,” said X, “is …”`, `said X: “…”`.
    const inverted = TAKES_OBJECT.has(token.text) ? null : phraseAfter(tokens, i + 1);
    const rest = inverted ? tokens.slice(inverted.end) : [];
    if (inverted && rest.length > 0 && rest.every(isPunctuation)) {
      return { verb: token.text, speaker: inverted.phrase, boundByColon, participle: false };
    }
    const verb =
      token.norm === 'pointed' || token.norm === 'went' ? `${token.text} ${tokens[i + 1]?.text ?? ''}` : token.text;
    return { verb, speaker: phraseBefore(tokens, i), boundByColon, participle: false };
  }
  if (boundByColon) {
    // `the White House spokesperson’s justification for direct negotiations: “…”`
    const noun = findLastIndex(tokens, tokens.length - 1, (t) => SPEECH_NOUNS.has(t.norm));
    const owner = tokens[noun - 1];
    if (noun > 0 && owner && /['’]s$/u.test(owner.text)) {
      const stripped = { ...owner, text: owner.text.replace(/['’]s$/u, '') };
      const phrase = phraseBefore([...tokens.slice(0, noun - 1), stripped], noun);
      if (phrase) return { verb: tokens[noun]!.text, speaker: phrase, boundByColon, participle: false };
    }
    // `Dorsey disagreed: “…”`, `Estonia's prime minister, Kaja Kallas, was blunt: “…”`,
    // `For Hiroshi Tanaka, the real question is communication: “…”`: the person the clause
    // before the colon is about, when no other name stands between them and the colon.
    const colon = tokens.at(-1)?.text === ':' ? tokens.length - 1 : tokens.length;
    for (let k = colon - 1; k > 0; k--) {
      if (isCapitalised(tokens[k]) && !NOT_NAMES.has(tokens[k]!.norm)) break;
      if (isPunctuation(tokens[k]) && tokens[k]!.text !== ',') break;
      const subject = tokens[k]!.text === ',' ? null : phraseBefore(tokens, k);
      const personal =
        subject?.kind === 'description' &&
        subject.definite &&
        (isPersonNoun(subject.text.split(' ').at(-1)!.toLowerCase()) || /\s\p{Lu}[\p{Ll}]+$/u.test(subject.text));
      if (subject && (subject.kind === 'name' || subject.kind === 'pronoun' || personal)) {
        return { verb: tokens[k]!.text, speaker: subject, boundByColon, participle: false };
      }
    }
  }
  return null;
}

/** The noun phrase a sentence opens with: the subject a participle's quote belongs to. */
export function sentenceSubject(context: string): NounPhrase | null {
  const tokens = tokenize(context);
  const phrase = phraseAfter(tokens, 0)?.phrase ?? null;
  if (phrase?.kind !== 'description') return phrase;
  // A description ends where its prepositions begin: "A federal judge on Monday blocked …".
  const words = phrase.text.split(' ');
  const cut = words.findIndex((word, index) => index > 1 && DESCRIPTION_ENDS.has(word.toLowerCase()));
  return { ...phrase, text: (cut === -1 ? words : words.slice(0, cut)).join(' ') };
}

/**
 * The cue after a quote, up to the end of its sentence or the next quote:
 * `, said Dorsey`, `, Dorsey added`, `, as President Trump emphasized`, `by the outreach, said Dorsey`.
 */
export function cueAfter(context: string): (Cue & { immediate: boolean }) | null {
  const tokens = tokenize(context);
  const clauseStarts = [0, ...tokens.flatMap((token, k) => (token.text === ',' ? [k + 1] : []))];
  for (const start of clauseStarts) {
    const cue = cueAt(tokens, start);
    if (cue) return { ...cue, immediate: start === 0 || (start === 1 && tokens[0]?.text === ',') };
  }
  return null;
}

function cueAt(tokens: Token[], i: number): Cue | null {
  let at = i;
  if (tokens[at]?.norm === 'as') at++;
  const first = tokens[at];
  if (!first) return null;
  if (isSpeechVerb(first)) {
    const phrase = phraseAfter(tokens, at + 1);
    return phrase ? { verb: first.text, speaker: phrase.phrase, boundByColon: false, participle: false } : null;
  }
  const phrase = phraseAfter(tokens, at);
  if (!phrase) return null;
  let j = phrase.end;
  while (j < tokens.length && (ADVERBS.has(tokens[j]!.norm) || tokens[j]!.text === ',')) {
    // Skip an appositive between the subject and its verb: "Quilliam, an analyst, said".
    if (tokens[j]!.text === ',') {
      const next = tokens.findIndex((t, k) => k > j && t.text === ',');
      if (next === -1) break;
      j = next + 1;
      continue;
    }
    j++;
  }
  const verb = tokens[j];
  return isSpeechVerb(verb)
    ? { verb: verb!.text, speaker: phrase.phrase, boundByColon: false, participle: false }
    : null;
}
