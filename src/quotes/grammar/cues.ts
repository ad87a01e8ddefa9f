/**
 * Speech cues: a speech verb next to a quote and the noun phrase that names who spoke.
 *
 *   Moss added: “…”                 → cue before, bound by the colon
 *   “…,” said Moss.  “…,” Moss said. → cue after
 *   according to Moss, “…”          → `according to`
 *   …, saying “…”                    → a participle: the clause's subject spoke
 */
import {
  ADVERBS,
  BASE_FORM_SUBJECTS,
  CLAUSE_SUBORDINATORS,
  COORDINATORS,
  isAspectVerb,
  isBaseForm,
  isSpeechParticiple,
  isSpeechVerb,
  NAME_PREPOSITIONS,
  NOUN_MARKERS,
  phrasalParticle,
  SPEECH_NOUNS,
  takesListener,
} from '../lexicon/index.ts';
import { isCapitalised, isPossessive, isPunctuation, type Token } from '../text/tokens.ts';
import { isSubjectAt, skipAdverbials, skipPlace, skipTime } from './clauses.ts';
import { isIssuingHead, isOrganisationHead } from './heads.ts';
import { nameRunAt, parseName, startsName } from './names.ts';
import { phraseAfter, phraseBefore } from './noun-phrase.ts';
import { describesPerson, type NounPhrase } from './phrases.ts';

/** Who `quoted … as saying` gives the words to: the one quoted, or the subject of `was quoted`; undefined if not that shape. */
function quotedAs(tokens: Token[], as: number): NounPhrase | null | undefined {
  const verb = tokens.findLastIndex((token, k) => k < as && (token.norm === 'quoted' || token.norm === 'cited'));
  if (verb === -1 || tokens.slice(verb, as).some(isPunctuation)) return undefined;
  if (verb === as - 1) return sentenceSubject(tokens.slice(0, verb));
  const object = phraseAfter(tokens, verb + 1);
  return object?.end === as ? object.phrase : undefined;
}

/** Where the `-ing` word that a joined participle follows stands: `climbing` in `climbing … and calling`. */
function joinedParticipleAt(tokens: Token[], coordinator: number): number {
  for (let k = coordinator - 1; k > 0 && !isPunctuation(tokens[k]); k--) {
    if (/\p{L}{3}ing$/u.test(tokens[k]!.norm)) return k;
  }
  return coordinator + 1;
}

/**
 * Who a participle with no speech verb before it belongs to: the sentence's subject when that is
 * someone (a name, a pronoun, a person described), else the person named last before it.
 */
function participleSubject(tokens: Token[]): NounPhrase | null {
  const subject = sentenceSubject(tokens);
  const someone =
    subject?.kind === 'pronoun' ||
    (subject?.kind === 'name' && ['person', 'unknown'].includes(subject.name.kind)) ||
    (subject?.kind === 'description' && describesPerson(subject));
  if (subject && someone) return subject;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (!startsName(tokens[k]) || isCapitalised(tokens[k - 1]) || NAME_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '')) {
      continue;
    }
    const named = nameRunAt(tokens, k);
    if (!named || named.end > tokens.length) continue;
    const parsed = parseName(named.run);
    if (parsed.kind === 'person' && !isPossessive(named.run.at(-1))) {
      return { kind: 'name', name: parsed, descriptors: [], start: named.run[0]!.start, end: named.run.at(-1)!.end };
    }
  }
  return subject;
}

export interface Cue {
  /** The verb as written, with its particle: `said`, `pointed out`, `according to`. */
  verb: string;
  speaker: NounPhrase | null;
  /** The quote is introduced by a colon right after the cue (`X added: “…”`), which binds tightest. */
  boundByColon: boolean;
  /** The verb was a participle (`calling the move “…”`) whose subject is the sentence's speaker. */
  participle: boolean;
  /** A participle right before the quote whose own speaker is known: it outranks a cue after the quote. */
  direct?: boolean;
}

/**
 * A speech verb in use, not the noun it doubles as (`made similar remarks`, `Munde’s remarks`):
 * and a base form (`say`, `state`) only after a plural subject or a modal (`analysts say`, `will say`).
 */
const isPronounOrName = (token: Token | undefined) =>
  token !== undefined && (['he', 'she', 'they', 'it', 'i', 'we'].includes(token.norm) || isCapitalised(token));

export function isVerbAt(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (!isSpeechVerb(token.text)) return false;
  if (previous && (NOUN_MARKERS.has(previous.norm) || isPossessive(previous))) return false;
  // `members begin to distrust`, `started work`: only `he started.`, `continued Moss` report speech.
  const next = tokens[i + 1];
  if (isAspectVerb(token.text) && next && !isPunctuation(next) && !isPronounOrName(next)) return false;
  if (isBaseForm(token.text)) {
    return previous !== undefined && (BASE_FORM_SUBJECTS.has(previous.norm) || /^\p{Ll}+s$/u.test(previous.text));
  }
  return true;
}

function speakerBefore(tokens: Token[], i: number): NounPhrase | null {
  return phraseBefore(tokens, skipAdverbials(tokens, i));
}

/**
 * The cue before a quote: the speech verb nearest to it and who spoke.
 * `tokens` run from the start of the sentence (or the previous quote) to the opening mark.
 */
export function cueBefore(tokens: Token[], options: { commaIntroduces?: boolean } = {}): Cue | null {
  const boundByColon = tokens.at(-1)?.text === ':';
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
    if (isSpeechParticiple(token.text)) return participleCue(tokens, i, token.text, boundByColon);
    const particle = phrasalParticle(token.text);
    if (particle && tokens[i + 1]?.norm === particle) {
      const verb = `${token.text} ${particle}`;
      // `pointing out, “…”`: a participle all the same.
      if (/ing$/u.test(token.norm)) return participleCue(tokens, i, verb, boundByColon);
      return { verb, speaker: speakerBefore(tokens, i), boundByColon, participle: false };
    }
    if (!isVerbAt(tokens, i)) continue;
    // Verb then speaker, right before the quote: `“The question,” said X, “is …”`, `said X: “…”`.
    const inverted = takesListener(token.text) ? null : phraseAfter(tokens, i + 1);
    const rest = inverted ? tokens.slice(inverted.end) : [];
    if (inverted && rest.length > 0 && rest.every(isPunctuation)) {
      return { verb: token.text, speaker: inverted.phrase, boundByColon, participle: false };
    }
    const subjectEnd = skipAdverbials(tokens, i);
    if (COORDINATORS.has(tokens[subjectEnd - 1]?.norm ?? '')) {
      // `Morgan … was happy with the side and credited it for “…”`, `… as the verdict was read,
      // Tilde Marsh stood up and shouted:`: the verb shares its clause's subject, the nearest one.
      const subject = clauseSubject(tokens.slice(0, subjectEnd - 1));
      return { verb: token.text, speaker: subject, boundByColon, participle: true };
    }

    return { verb: token.text, speaker: speakerBefore(tokens, i), boundByColon, participle: false };
  }
  // `Lee Hart was blunt, “…”`: a comma right before the quote introduces it as a colon would.
  const introduced = boundByColon || (options.commaIntroduces === true && tokens.at(-1)?.text === ',');
  return speechNounCue(tokens, boundByColon) ?? (introduced ? colonCue(tokens, boundByColon) : null);
}

/**
 * A noun for something said, and whose it was: `the same answer from Transport Minister Hugo
 * Laine: “…”`, `a reply by the council, saying …`, `Marta Novak's claim that the budget was “…”`.
 * A possessive owns the words only with a `that` clause: `the minister's remarks were “a
 * disgrace”` quotes someone else about them.
 */
function speechNounCue(tokens: Token[], boundByColon: boolean): Cue | null {
  for (let n = tokens.length - 1; n >= 0; n--) {
    if (!SPEECH_NOUNS.has(tokens[n]!.norm)) continue;
    const link = tokens[n + 1]?.norm;
    if (link === 'from' || link === 'by') {
      const after = phraseAfter(tokens, n + 2)?.phrase;
      if (after && after.kind !== 'pronoun')
        return { verb: tokens[n]!.text, speaker: after, boundByColon, participle: false };
    }
    if (link === 'that' && isPossessive(tokens[n - 1])) {
      const owner = phraseBefore(tokens, n, { stripPossessive: true });
      if (owner) return { verb: tokens[n]!.text, speaker: owner, boundByColon, participle: false };
    }
    return null;
  }
  return null;
}

/**
 * The cue of a participle (`…, saying “…”`, `pointing out, “…”`): its own subject right before it,
 * the speech verb of the clause it hangs on, or the person it describes.
 */
function participleCue(tokens: Token[], i: number, verb: string, boundByColon: boolean): Cue {
  // `The Chronicle quoted Piet Vos as saying`: the one quoted; `Vos was quoted as saying`: the subject.
  const quoted = tokens[i - 1]?.norm === 'as' ? quotedAs(tokens, i - 1) : undefined;
  if (quoted !== undefined) return { verb, speaker: quoted, boundByColon, participle: false };
  // `a diplomat telling her: “…”`: a noun right before the participle is its subject;
  // `Mira Gashi climbing onto a bench and calling out: “…”`: so is the one before the
  // participle this one is joined to.
  const at = COORDINATORS.has(tokens[i - 1]?.norm ?? '') ? joinedParticipleAt(tokens, i - 1) : i;
  const own = isPunctuation(tokens[at - 1]) || tokens[at - 1] === undefined ? null : speakerBefore(tokens, at);
  // Only a real noun phrase, not the end of "was quoted as saying".
  // and someone who can speak: `a diplomat telling her`, not `his assessment of the game saying`.
  const ownSubject =
    own?.kind === 'name' ||
    (own?.kind === 'description' &&
      /^(?:the|a|an|one|this|that|his|her|their|its)\s/iu.test(own.text) &&
      (describesPerson(own) || isOrganisationHead(own.head) || isIssuingHead(own.head) || own.speaksFor !== null));

  if (own && ownSubject) return { verb, speaker: own, boundByColon, participle: false };
  const main = cueBefore(tokens.slice(0, i));
  if (main?.speaker) return { ...main, participle: true, boundByColon };
  // `…, which led Ian Kyle to rally his members, telling them “…”`: no speech verb before it;
  // whoever the clause puts to work speaks, and a cue after the quote does not outrank them.
  const speaker = participleSubject(tokens.slice(0, i));
  const direct = tokens.length - i <= 3 && !boundByColon;
  return { verb, speaker, boundByColon, participle: true, ...(direct && speaker ? { direct } : {}) };
}

/**
 * A colon with no speech verb: `the spokesperson’s justification: “…”`, `Dorsey disagreed: “…”`,
 * `For Hiroshi Tanaka, the real question is communication: “…”` — the person the clause before
 * the colon is about, when no other name stands between them and the colon.
 */
function colonCue(tokens: Token[], boundByColon: boolean): Cue | null {
  // `Holm: “…”`: a transcript's label, a name and nothing else before the colon.
  const label = boundByColon ? nameRunAt(tokens, 0) : null;
  if (label && label.end === tokens.length - 1) {
    const speaker = phraseAfter(tokens, 0)?.phrase;
    if (speaker) return { verb: ':', speaker, boundByColon, participle: false };
  }
  const noun = tokens.findLastIndex((t) => SPEECH_NOUNS.has(t.norm));
  const owner = tokens[noun - 1];
  if (noun > 0 && owner && /['’]s$/u.test(owner.text)) {
    const phrase = phraseBefore(tokens, noun, { stripPossessive: true });
    if (phrase) return { verb: tokens[noun]!.text, speaker: phrase, boundByColon, participle: false };
  }
  const colon = tokens.length - 1;
  for (let k = colon - 1; k > 0; k--) {
    if (isCapitalised(tokens[k]) && startsName(tokens[k])) break;
    if (isPunctuation(tokens[k]) && tokens[k]!.text !== ',') break;
    const subject = tokens[k]!.text === ',' ? null : phraseBefore(tokens, k);
    const personal = subject?.kind === 'description' && subject.definite && describesPerson(subject);
    // `saw it differently:`: `it` there is an object, not who spoke.
    const pronoun = subject?.kind === 'pronoun' && subject.word !== 'it';
    if (subject && (subject.kind === 'name' || pronoun || personal)) {
      return { verb: tokens[k]!.text, speaker: subject, boundByColon, participle: false };
    }
  }
  return null;
}

/** The noun phrase a clause opens with, skipping openers like `Last week,`: whom a participle's quote belongs to. */
export function sentenceSubject(tokens: Token[]): NounPhrase | null {
  const starts = [0, ...tokens.flatMap((token, k) => (token.text === ',' ? [k + 1] : []))];
  for (const start of starts) {
    const found = phraseAfter(tokens, start);
    if (found && isSubjectAt(tokens, found.end)) return found.phrase;
  }
  return null;
}

/**
 * The subject of the clause nearest the end of `tokens`: clauses start at the sentence's start,
 * after a comma and after a word that opens an adverbial clause (`as`, `when`, `after` …).
 */
function clauseSubject(tokens: Token[]): NounPhrase | null {
  const starts = [
    0,
    ...tokens.flatMap((token, k) => (token.text === ',' || CLAUSE_SUBORDINATORS.has(token.norm) ? [k + 1] : [])),
  ];
  for (const start of starts.reverse()) {
    const found = phraseAfter(tokens, start);
    if (found && isSubjectAt(tokens, found.end)) return found.phrase;
  }
  return null;
}

/**
 * The cue after a quote, up to the end of its sentence or the next quote:
 * `, said Dorsey`, `, Dorsey added`, `, as President Trump emphasized`, `by the outreach, said Dorsey`.
 */
export function cueAfter(tokens: Token[]): (Cue & { immediate: boolean }) | null {
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
  if (isVerbAt(tokens, at)) {
    const phrase = phraseAfter(tokens, at + 1);
    return phrase ? { verb: first.text, speaker: phrase.phrase, boundByColon: false, participle: false } : null;
  }
  const phrase = phraseAfter(tokens, at);
  if (!phrase) return null;
  let j = skipPlace(tokens, phrase.end);
  while (j < tokens.length && (ADVERBS.has(tokens[j]!.norm) || tokens[j]!.text === ',')) {
    // Skip an appositive between the subject and its verb: "Quilliam, an analyst, said", and the
    // comma that closes one the subject was in: "the council's leader, Cllr Matthew Hicks, said".
    if (tokens[j]!.text === ',') {
      if (isVerbAt(tokens, j + 1)) {
        j++;
        break;
      }
      const next = tokens.findIndex((t, k) => k > j && t.text === ',');

      if (next === -1) break;
      j = next + 1;
      continue;
    }
    j++;
  }
  j = skipTime(tokens, j);
  const verb = tokens[j];
  if (!verb) return null;
  const particle = phrasalParticle(verb.text);
  if (particle && tokens[j + 1]?.norm === particle) {
    return { verb: `${verb.text} ${particle}`, speaker: phrase.phrase, boundByColon: false, participle: false };
  }
  return isVerbAt(tokens, j)
    ? { verb: verb.text, speaker: phrase.phrase, boundByColon: false, participle: false }
    : null;
}
