/**
 * Keeps the quote markup (`span.quote`, `data-speaker`, `data-continues`, the search title
 * `data-pagefind-title` and `q-` ids) to the spans
 * remark-quotes made, so raw HTML in an article cannot pass itself off as an attributed quote.
 * Before raw HTML is parsed, the project's spans are elements and the article's HTML is still
 * raw text: `rehypeMarkQuotes` tags the former with a key no article can know, and after
 * sanitising `rehypeCheckQuotes` strips the quote markup from every span without it.
 *
 * ```md
 * Moss said “we are broke”. <span class="quote" data-speaker="patel">Not a quote</span>
 * ```
 * → `<p>Moss said <span class="quote" id="q-we-are-broke" data-speaker="moss"
 * data-pagefind-title="Jane Moss">“we are broke”</span>. <span>Not a quote</span></p>`
 */
import { randomUUID } from 'node:crypto';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** New for every build process: written into no file, so no article can contain it. */
const KEY = randomUUID();

const isQuoteSpan = (node: Element) =>
  node.tagName === 'span' &&
  (Array.isArray(node.properties['className']) ? node.properties['className'] : []).includes('quote');

export function rehypeMarkQuotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (isQuoteSpan(node)) node.properties['dataQuoteKey'] = KEY;
    });
  };
}

export function rehypeCheckQuotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const marked = node.properties['dataQuoteKey'] === KEY;
      delete node.properties['dataQuoteKey'];
      if (marked) return;
      // Quote ids are the quotes' addresses: a copy written by hand would catch links meant for them.
      if (String(node.properties['id'] ?? '').startsWith('q-')) delete node.properties['id'];
      if (node.tagName !== 'span') return;
      delete node.properties['className'];
      delete node.properties['dataSpeaker'];
      delete node.properties['dataContinues'];
      delete node.properties['dataPagefindTitle'];
    });
  };
}

/** The attribute the sanitiser must let through for the check to see it. */
export const QUOTE_KEY_ATTRIBUTE = 'dataQuoteKey';
