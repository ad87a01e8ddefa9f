import { getCollection } from 'astro:content';
import { type Article, type ArticleQuote, getArticles } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A person quoted somewhere on the site, with everything the pages show about them. */
export interface Speaker {
  id: string;
  name: string;
  /** Role and affiliation from the registry, or else how an article described them. */
  description: string | undefined;
  /** The registry's link about the person, if any. */
  url: string | undefined;
  /** Role and affiliation from the registry, separately, for structured data. */
  role: string | undefined;
  affiliation: string | undefined;
  registered: boolean;
  /** Their quotes, grouped by article, articles newest first. */
  byArticle: { article: Article; quotes: ArticleQuote[] }[];
  quoteCount: number;
}

async function loadSpeakers(): Promise<Speaker[]> {
  const [articles, people] = await Promise.all([getArticles(), getCollection('people')]);
  const registry = new Map(people.map((person) => [person.id, person.data]));
  const speakers = new Map<string, Speaker>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      if (!quote.speaker) continue;
      const { id, name } = quote.speaker;
      let speaker = speakers.get(id);
      if (!speaker) {
        const person = registry.get(id);
        const description = person
          ? [person.role, person.affiliation].filter(Boolean).join(', ') || undefined
          : article.speakerDescriptions[id];
        speaker = {
          id,
          name: person?.name ?? name,
          description,
          url: person?.url,
          role: person?.role,
          affiliation: person?.affiliation,
          registered: Boolean(person),
          byArticle: [],
          quoteCount: 0,
        };
        speakers.set(id, speaker);
      }
      const group = speaker.byArticle.at(-1)?.article === article ? speaker.byArticle.at(-1)! : undefined;
      if (group) group.quotes.push(quote);
      else speaker.byArticle.push({ article, quotes: [quote] });
      speaker.quoteCount++;
    }
  }
  return [...speakers.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name, 'en'));
}

/** Everyone quoted on the site, most quoted first. */
export const getSpeakers = oncePerBuild(loadSpeakers);

/** The same speakers by id, built once rather than on every article page. */
export const getSpeakersById = oncePerBuild(async () => new Map((await getSpeakers()).map((s) => [s.id, s])));
