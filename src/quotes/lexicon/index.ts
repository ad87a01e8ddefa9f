/**
 * The extractor's word lists, one JSON data file per list (each says what it is for in its
 * `description`), turned into typed lookups here. Editing a list needs no code change; the
 * lexicon test checks every list's shape, and the build cache key hashes the files.
 */
import aspectVerbs from './aspect-verbs.json' with { type: 'json' };
import anonymousNouns from './anonymous-nouns.json' with { type: 'json' };
import capitalisedOffices from './capitalised-offices.json' with { type: 'json' };
import abbreviations from './abbreviations.json' with { type: 'json' };
import adverbs from './adverbs.json' with { type: 'json' };
import commonVerbs from './common-verbs.json' with { type: 'json' };
import genderedNouns from './gendered-nouns.json' with { type: 'json' };
import groupNouns from './group-nouns.json' with { type: 'json' };
import honorifics from './honorifics.json' with { type: 'json' };
import industryNouns from './industry-nouns.json' with { type: 'json' };
import institutionNouns from './institution-nouns.json' with { type: 'json' };
import introductoryPhrases from './introductory-phrases.json' with { type: 'json' };
import issuingNouns from './issuing-nouns.json' with { type: 'json' };
import listenerVerbs from './listener-verbs.json' with { type: 'json' };
import mediaOutlets from './media-outlets.json' with { type: 'json' };
import nameParticles from './name-particles.json' with { type: 'json' };
import nounMarkers from './noun-markers.json' with { type: 'json' };
import nationalities from './nationalities.json' with { type: 'json' };
import notNames from './not-names.json' with { type: 'json' };
import offices from './offices.json' with { type: 'json' };
import organisationNouns from './organisation-nouns.json' with { type: 'json' };
import organisationSynonyms from './organisation-synonyms.json' with { type: 'json' };
import organisationWords from './organisation-words.json' with { type: 'json' };
import outletWords from './outlet-words.json' with { type: 'json' };
import personNouns from './person-nouns.json' with { type: 'json' };
import phrasalSpeechVerbs from './phrasal-speech-verbs.json' with { type: 'json' };
import placeWords from './place-words.json' with { type: 'json' };
import portfolioWords from './portfolio-words.json' with { type: 'json' };
import possessivePronouns from './possessive-pronouns.json' with { type: 'json' };
import postNominals from './post-nominals.json' with { type: 'json' };
import pronouns from './pronouns.json' with { type: 'json' };
import replyVerbs from './reply-verbs.json' with { type: 'json' };
import roleSynonyms from './role-synonyms.json' with { type: 'json' };
import speaksForNouns from './speaks-for-nouns.json' with { type: 'json' };
import speechNouns from './speech-nouns.json' with { type: 'json' };
import speechVerbs from './speech-verbs.json' with { type: 'json' };
import smallWords from './small-words.json' with { type: 'json' };
import thingWords from './thing-words.json' with { type: 'json' };
import titleRoles from './title-roles.json' with { type: 'json' };
import termMarkers from './term-markers.json' with { type: 'json' };

import derivedAdjectiveEndings from './derived-adjective-endings.json' with { type: 'json' };
import determiners from './determiners.json' with { type: 'json' };
import timeZones from './time-zones.json' with { type: 'json' };
import indefiniteDeterminers from './indefinite-determiners.json' with { type: 'json' };
import auxiliaries from './auxiliaries.json' with { type: 'json' };
import subjectFollowers from './subject-followers.json' with { type: 'json' };
import relativePronouns from './relative-pronouns.json' with { type: 'json' };
import timeWords from './time-words.json' with { type: 'json' };
import timeLeads from './time-leads.json' with { type: 'json' };
import months from './months.json' with { type: 'json' };
import days from './days.json' with { type: 'json' };
import compassWords from './compass-words.json' with { type: 'json' };
import coordinators from './coordinators.json' with { type: 'json' };
import clauseSubordinators from './clause-subordinators.json' with { type: 'json' };
import baseFormSubjects from './base-form-subjects.json' with { type: 'json' };
import verbMarkers from './verb-markers.json' with { type: 'json' };
import namePrepositions from './name-prepositions.json' with { type: 'json' };
import ownerPrepositions from './owner-prepositions.json' with { type: 'json' };
import clauseWords from './clause-words.json' with { type: 'json' };
import descriptionStops from './description-stops.json' with { type: 'json' };
import phraseLinks from './phrase-links.json' with { type: 'json' };
import afterHeadWords from './after-head-words.json' with { type: 'json' };
import clauseOpeners from './clause-openers.json' with { type: 'json' };
import namingWords from './naming-words.json' with { type: 'json' };
import clauseEndWords from './clause-end-words.json' with { type: 'json' };
import questionNouns from './question-nouns.json' with { type: 'json' };
import notNounsAfter from './not-nouns-after.json' with { type: 'json' };
import nameJoiners from './name-joiners.json' with { type: 'json' };
import possessorDeterminers from './possessor-determiners.json' with { type: 'json' };

export type Gender = 'female' | 'male';
export type PronounGender = Gender | 'neuter' | null;

const set = (list: { words: string[] }): ReadonlySet<string> => new Set(list.words);

/** Every written form of a speech verb, mapped to its base form: `said` → `say`. */
const VERB_FORMS = new Map<string, string>();
const PARTICIPLES = new Set<string>();
/** Forms that are only the base form (`say`, `state`), a verb only after a plural subject or a modal. */
const BASE_ONLY = new Set<string>();
for (const [base, third, past, participle] of speechVerbs.verbs as [string, string, string, string][]) {
  for (const form of [base, third, past]) VERB_FORMS.set(form, base);
  VERB_FORMS.set(participle, base);
  PARTICIPLES.add(participle);
  BASE_ONLY.add(base);
}
for (const [, third, past] of speechVerbs.verbs as [string, string, string, string][]) {
  BASE_ONLY.delete(third);
  BASE_ONLY.delete(past);
}
const LISTENER_VERBS = new Set(listenerVerbs.words);
const PHRASAL = new Map(phrasalSpeechVerbs.pairs.map(([verb, particle]) => [verb!, particle!]));

/** `said`, `adds`, `told` (not the participle `saying`, which `isParticiple` answers). */
export const isSpeechVerb = (word: string): boolean => VERB_FORMS.has(word) && !PARTICIPLES.has(word);
/** `say`, `state`: the base form, which reports speech only after `they`, `analysts` or `will`. */
export const isBaseForm = (word: string): boolean => BASE_ONLY.has(word);
/** `saying`, `adding`: a participle whose subject is the clause's speaker. */
export const isSpeechParticiple = (word: string): boolean => PARTICIPLES.has(word);
/** `told`, `assured`: the noun after it is the listener, not an inverted subject. */
export const takesListener = (word: string): boolean => LISTENER_VERBS.has(VERB_FORMS.get(word) ?? word);
const REPLY_VERBS = new Set(replyVerbs.words);
/** `answered`, `replies`: a reply, which comes from someone other than the one who asked. */
export const isReplyVerb = (word: string): boolean => REPLY_VERBS.has(VERB_FORMS.get(word) ?? word);
const ASPECT_VERBS = new Set(aspectVerbs.words);
/** `began`, `continued`: a verb that reports speech only when it stands alone. */
export const isAspectVerb = (word: string): boolean => ASPECT_VERBS.has(VERB_FORMS.get(word) ?? word);
/** `pointed` → `out`: the particle without which the verb does not report speech. */
export const phrasalParticle = (word: string): string | undefined => PHRASAL.get(word);

export const ABBREVIATIONS = set(abbreviations);
export const ANONYMOUS_NOUNS = set(anonymousNouns);
export const NOUN_MARKERS = set(nounMarkers);
export const ADVERBS = set(adverbs);
export const COMMON_VERBS = set(commonVerbs);
export const GROUP_NOUNS = set(groupNouns);
export const NAME_PARTICLES = set(nameParticles);
export const NOT_NAMES = set(notNames);
export const OFFICES = set(offices);
/** `speaker`: an office as `the Speaker`, anyone speaking as `the speaker`. */
export const CAPITALISED_OFFICES = set(capitalisedOffices);
/** `carmaker` in `carmaker Brelle`: what a company does, written before its name. */
export const INDUSTRY_NOUNS = set(industryNouns);
/** `police` in `Carlow police`: an institution a place's name stands before. */
export const INSTITUTION_NOUNS = set(institutionNouns);
/** Every noun that stands for an organisation as a whole, industry nouns included. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([...organisationNouns.words, ...industryNouns.words]);
export const ORGANISATION_WORDS = set(organisationWords);
export const OUTLET_WORDS = set(outletWords);
export const PERSON_NOUNS = set(personNouns);
export const PLACE_WORDS = set(placeWords);
/** `fisheries` in `Minister for Fisheries Tomasz Wrona`: what an office is for, part of the title. */
export const PORTFOLIO_WORDS = set(portfolioWords);
export const THING_WORDS = set(thingWords);
/** Words a description is compared without: `the`, `of`, `his` … */
export const SMALL_WORDS = set(smallWords);
export const POST_NOMINALS = set(postNominals);
export const SPEECH_NOUNS = set(speechNouns);
export const ISSUING_NOUNS = set(issuingNouns);
export const SPEAKS_FOR_NOUNS = set(speaksForNouns);
export const TERM_MARKERS: readonly string[] = termMarkers.markers;
export const INTRODUCTORY_PHRASES: ReadonlySet<string> = new Set(introductoryPhrases.phrases);
export const MEDIA_OUTLETS: ReadonlySet<string> = new Set(mediaOutlets.names);

/** `mr` → male, `dr` → null (an honorific that tells no gender), absent → not an honorific. */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map(
  Object.entries(honorifics.honorifics as Record<string, Gender | null>),
);
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map(
  Object.entries(genderedNouns.nouns as Record<string, Gender>),
);
export const PRONOUNS: ReadonlyMap<string, { gender: PronounGender; number: 'singular' | 'plural' }> = new Map(
  Object.entries(pronouns.pronouns as Record<string, { gender: PronounGender; number: 'singular' | 'plural' }>),
);
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, PronounGender> = new Map(
  Object.entries(possessivePronouns.pronouns as Record<string, PronounGender>),
);

/** `justice` → judge: the role nouns a title before a name gives its holder, for later descriptions. */
export const TITLE_ROLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(titleRoles.roles as Record<string, string[]>),
);

/** `coach` → manager, boss: the other role nouns a later description may use for the same job. */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(roleSynonyms.roles as Record<string, string[]>),
);

/** `force` → police, constabulary: the words of an organisation's name that a common noun can stand for. */

export const ORGANISATION_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(organisationSynonyms.synonyms as Record<string, string[]>),
);

/** Every word that names a country or its people, lower case → the country: `dane`, `danish`, `denmark` → Denmark. */
export const NATIONALITY: ReadonlyMap<string, string> = new Map(
  (nationalities.countries as [string, string, string[]][]).flatMap(([country, adjective, people]) =>
    [country, adjective, ...people].map((word): [string, string] => [word.toLowerCase(), country]),
  ),
);

/** Closed-class grammar words, one list each; each file says what it is for. */
export const DETERMINERS = set(determiners);
export const INDEFINITE_DETERMINERS = set(indefiniteDeterminers);
export const AUXILIARIES = set(auxiliaries);
export const SUBJECT_FOLLOWERS = set(subjectFollowers);
export const RELATIVE_PRONOUNS = set(relativePronouns);
export const TIME_WORDS = set(timeWords);
export const TIME_LEADS = set(timeLeads);
export const MONTHS = set(months);
export const DAYS = set(days);
export const COMPASS_WORDS = set(compassWords);
export const COORDINATORS = set(coordinators);
export const CLAUSE_SUBORDINATORS = set(clauseSubordinators);
export const BASE_FORM_SUBJECTS = set(baseFormSubjects);
export const VERB_MARKERS = set(verbMarkers);
export const NAME_PREPOSITIONS = set(namePrepositions);
export const OWNER_PREPOSITIONS = set(ownerPrepositions);
export const CLAUSE_WORDS = set(clauseWords);
export const DESCRIPTION_STOPS = set(descriptionStops);
export const PHRASE_LINKS = set(phraseLinks);
export const AFTER_HEAD_WORDS = set(afterHeadWords);
export const CLAUSE_OPENERS = set(clauseOpeners);
export const NAMING_WORDS = set(namingWords);
export const CLAUSE_END_WORDS = set(clauseEndWords);
export const QUESTION_NOUNS = set(questionNouns);
export const NOT_NOUNS_AFTER = set(notNounsAfter);
export const NAME_JOINERS = set(nameJoiners);
export const POSSESSOR_DETERMINERS = set(possessorDeterminers);
export const DERIVED_ADJECTIVE_ENDINGS = set(derivedAdjectiveEndings);
export const TIME_ZONES = set(timeZones);
