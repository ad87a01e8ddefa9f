import { getCollection } from 'astro:content';
import type { SpeakerKind } from '../quotes/types.ts';
import { type Article, type ArticleQuote, getArticles } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A person or an organisation quoted somewhere on the site, with everything the pages show about them. */
export interface Speaker {
  id: string;
  kind: SpeakerKind;
  name: string;
  /** Role and affiliation from the registry, or else how an article described them. */
  description: string | undefined;
  /** The registry's link about them, if any. */
  url: string | undefined;
  /** Role and affiliation from the registry, separately, for structured data. */
  role: string | undefined;
  affiliation: string | undefined;
  registered: boolean;
  /** Their quotes, grouped by article, articles newest first. */
  byArticle: { article: Article; quotes: ArticleQuote[] }[];
  quoteCount: number;
}

/** What the registry holds about a speaker, whichever folder they are in. */
interface Registered {
  name: string;
  url?: string | undefined;
  role?: string | undefined;
  affiliation?: string | undefined;
}

/** People and organisations may share an id (`acme` the person, `acme` the firm): a key per kind. */
export const speakerKey = (kind: SpeakerKind, id: string): string => `${kind}/${id}`;

async function loadSpeakers(): Promise<Speaker[]> {
  const [articles, people, organisations] = await Promise.all([
    getArticles(),
    getCollection('people'),
    getCollection('organisations'),
  ]);
  const registry = new Map<string, Registered>([
    ...people.map((entry): [string, Registered] => [speakerKey('person', entry.id), entry.data]),
    ...organisations.map((entry): [string, Registered] => [speakerKey('organisation', entry.id), entry.data]),
  ]);
  const speakers = new Map<string, Speaker>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      if (!quote.speaker) continue;
      const { id, name, kind } = quote.speaker;
      const key = speakerKey(kind, id);
      let speaker = speakers.get(key);
      if (!speaker) {
        const entry = registry.get(key);
        const description = entry
          ? [entry.role, entry.affiliation].filter(Boolean).join(', ') || undefined
          : article.speakerDescriptions[id];
        speaker = {
          id,
          kind,
          name: entry?.name ?? name,
          description,
          url: entry?.url,
          role: entry?.role,
          affiliation: entry?.affiliation,
          registered: Boolean(entry),
          byArticle: [],
          quoteCount: 0,
        };
        speakers.set(key, speaker);
      }
      const group = speaker.byArticle.at(-1)?.article === article ? speaker.byArticle.at(-1)! : undefined;
      if (group) group.quotes.push(quote);
      else speaker.byArticle.push({ article, quotes: [quote] });
      speaker.quoteCount++;
    }
  }
  return [...speakers.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name, 'en'));
}

/** Everyone quoted on the site, people and organisations, most quoted first. */
export const getSpeakers = oncePerBuild(loadSpeakers);

/** The same speakers by `speakerKey`, built once rather than on every article page. */
export const getSpeakersByKey = oncePerBuild(
  async () => new Map((await getSpeakers()).map((s) => [speakerKey(s.kind, s.id), s])),
);

/** The static paths of one kind's pages (`/people/<id>/` or `/organisations/<id>/`), each with its speaker. */
export async function speakerPaths(
  kind: SpeakerKind,
): Promise<{ params: { id: string }; props: { speaker: Speaker } }[]> {
  return (await getSpeakers())
    .filter((speaker) => speaker.kind === kind)
    .map((speaker) => ({ params: { id: speaker.id }, props: { speaker } }));
}
