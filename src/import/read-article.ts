/**
 * A page's article: its metadata, read first, then the text Mozilla's Readability (the library
 * behind Firefox's reader view) finds on a server-side DOM (linkedom; docs/benchmarks.md has the
 * comparison with jsdom that chose it).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type PageMetadata, readMetadata } from './page-metadata.ts';

export type ReadArticle = { ok: true; metadata: PageMetadata; html: string } | { ok: false; problem: string };

/** A paragraph of running text has at least this many characters outside its links. */
const MIN_PARAGRAPH = 60;
/** An article has at least this many: fewer is a teaser, an index or a list of links. */
const MIN_PARAGRAPHS = 2;

/** Paragraphs of the found text that read as prose, not as links or labels. */
function proseParagraphs(html: string): number {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('p')].filter((paragraph) => {
    const linked = [...paragraph.querySelectorAll('a')].reduce((sum, link) => sum + (link.textContent ?? '').length, 0);
    return (paragraph.textContent ?? '').trim().length - linked >= MIN_PARAGRAPH;
  }).length;
}

export function readArticle(html: string): ReadArticle {
  if (!/<(?:html|body|p|div|article)[\s>]/i.test(html)) {
    return { ok: false, problem: 'is not an HTML page. Give the saved page (.html) or its address.' };
  }
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document as it goes.
  const metadata = readMetadata(document);
  const article = new Readability(document, { keepClasses: true }).parse();
  if (!article?.content || proseParagraphs(article.content) < MIN_PARAGRAPHS) {
    return {
      ok: false,
      problem:
        'has nothing that reads as an article (no run of paragraphs: an index, a list of links or a teaser). Give the page of the article itself.',
    };
  }
  return { ok: true, metadata, html: article.content };
}
