/**
 * What a page says about itself, read before Readability rewrites the document: the sources of
 * each frontmatter field in the order `npm run import` trusts them. Nothing here is guessed: a
 * field the page does not state stays undefined.
 */

export interface PageMetadata {
  /** `og:title`, then JSON-LD `headline`, then the first `h1`. */
  headline: string | undefined;
  /** `og:site_name`, then the JSON-LD publisher's name. */
  siteName: string | undefined;
  /** The canonical link, then `og:url`. */
  url: string | undefined;
  /** JSON-LD `datePublished`, then `article:published_time`, then a `<time datetime>` in the article's header. */
  published: string | undefined;
  /** `og:description`, then the meta description, then JSON-LD `description`. */
  description: string | undefined;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/;

type JsonObject = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;

/** Every object in the page's JSON-LD blocks, `@graph` members included; a block that is not JSON is skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      collect((value as JsonObject)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A block a CMS wrote badly says nothing we can rely on.
    }
  }
  return objects;
}

const isArticle = (object: JsonObject) =>
  [object['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type));

const meta = (document: Document, key: string) =>
  text(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));

/** `2025-03-06T23:30:00-05:00` → `2025-03-06`: the calendar day as the page wrote it, in its own time zone. */
export function calendarDay(value: string | undefined): string | undefined {
  return /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value ?? '')?.[1];
}

/** A headline without the site's name the page appended to it (`Talks stall | Harbour Herald`). */
function withoutSiteName(headline: string | undefined, siteName: string | undefined): string | undefined {
  if (!headline || !siteName) return headline;
  const suffix = new RegExp(`\\s+[|–—-]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return headline.replace(suffix, '') || headline;
}

export function readMetadata(document: Document): PageMetadata {
  const article = jsonLdObjects(document).find(isArticle);
  const publisher = article?.['publisher'] as JsonObject | undefined;
  const siteName = meta(document, 'og:site_name') ?? text(publisher?.['name']);
  const headerTime = document.querySelector(
    'article header time[datetime], header time[datetime], article time[datetime]',
  );
  return {
    headline: withoutSiteName(
      meta(document, 'og:title') ?? text(article?.['headline']) ?? text(document.querySelector('h1')?.textContent),
      siteName,
    ),
    siteName,
    url: text(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta(document, 'og:url'),
    published:
      calendarDay(text(article?.['datePublished'])) ??
      calendarDay(meta(document, 'article:published_time')) ??
      calendarDay(text(headerTime?.getAttribute('datetime'))),
    description: meta(document, 'og:description') ?? meta(document, 'description') ?? text(article?.['description']),
  };
}
