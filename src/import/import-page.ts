/**
 * One page made into an article file, without touching disk or network: the page's text in,
 * the frontmatter and Markdown body out, or one line saying what is wrong and what to do. The
 * command (`scripts/import/`) reads the page, names and checks the file, writes it and previews it.
 */
import { articleMarkdown } from './article-markdown.ts';
import type { ImportedFrontmatter } from './article-file.ts';
import { readArticle } from './read-article.ts';

export interface PageInput {
  html: string;
  /** The address the page was fetched from, when it was. */
  fetchedFrom?: string | undefined;
  /** An address the editor gave (`--url`), for a saved page that names none. */
  givenUrl?: string | undefined;
}

export type ImportedPage =
  { ok: true; frontmatter: ImportedFrontmatter; body: string; notes: string[] } | { ok: false; problem: string };

const isHttp = (address: string | undefined): address is string => {
  try {
    return address !== undefined && /^https?:$/.test(new URL(address).protocol);
  } catch {
    return false;
  }
};

export function importPage({ html, fetchedFrom, givenUrl }: PageInput): ImportedPage {
  const read = readArticle(html);
  if (!read.ok) return read;
  const { metadata } = read;
  const notes: string[] = [];
  if (!metadata.headline) {
    return { ok: false, problem: 'has no headline (no og:title, JSON-LD headline or <h1>). Add a title by hand.' };
  }
  // The page's own address wins: a fetched address may be a redirect or carry tracking.
  const stated = [metadata.url, fetchedFrom].map((address) => (address ? absolute(address, fetchedFrom) : undefined));
  const url = givenUrl ?? stated.find(isHttp);
  if (!isHttp(url)) {
    return {
      ok: false,
      problem: 'names no address of its own (no canonical link or og:url). Give it with --url https://….',
    };
  }
  let name = metadata.siteName;
  if (!name) {
    name = new URL(url).hostname.replace(/^www\./, '');
    notes.push(
      `source.name is the address's host name, ${name}: the page names no site. Correct it if the outlet has a name.`,
    );
  }
  const body = articleMarkdown(read.html, { pageUrl: url, headline: metadata.headline });
  return {
    ok: true,
    frontmatter: {
      title: metadata.headline,
      source: { name, url },
      published: metadata.published,
      summary: metadata.description,
    },
    body,
    notes,
  };
}

function absolute(address: string, base: string | undefined): string | undefined {
  try {
    return new URL(address, base).href;
  } catch {
    return undefined;
  }
}
