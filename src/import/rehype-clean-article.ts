import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import furniture from './furniture.json' with { type: 'json' };

export interface CleanArticleOptions {
  /** The page's address: links are made absolute against it. */
  pageUrl: string | undefined;
  /** The headline, which goes to the frontmatter: a heading repeating it is dropped. */
  headline: string;
}

/** Elements that carry no article text: media, embeds, forms, asides, scripts. */
const DROPPED = new Set(furniture.elements);
/** Class or id words of boxes around the text: share buttons, related links, bylines, captions. */
const FURNITURE = new RegExp(`(?:^|[\\s_-])(?:${furniture.classWords.join('|')})(?:$|[\\s_-])`, 'i');
/** A paragraph that only points elsewhere: `Read more: …`, `Related: …`. */
const POINTER = new RegExp(`^(?:${furniture.pointerLeads.join('|')})\\b`, 'i');
/** `By Ana Ruiz`, `By Ana Ruiz and Piet Dekker, Staff Reporters`: a byline on its own. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,8}$/u;
/** A wire story's closing credits: `(Reporting by …; Editing by …)`. */
const CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b/i;
/**
 * A dateline opening the first paragraph: `HALDEN (Meridian Wire) — `, `WASHINGTON, March 5
 * (Reuters) - `. The place is in capitals; the dash ends it.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s*[\p{L}\d .]{2,30}?)?\s*(?:\([^)]{1,50}\))?\s*[—–-]{1,2}\s+/u;

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const isFurniture = (node: Element) =>
  DROPPED.has(node.tagName) ||
  node.tagName.startsWith('amp-') ||
  FURNITURE.test([node.properties['className']].flat().join(' ')) ||
  FURNITURE.test(String(node.properties['id'] ?? ''));

/** Removes the first `length` characters of an element's text, across its text nodes. */
function cutStart(node: Element, length: number): void {
  let left = length;
  visit(node, 'text', (text: Text) => {
    if (left <= 0) return false;
    const cut = Math.min(left, text.value.length);
    text.value = text.value.slice(cut);
    left -= cut;
    return undefined;
  });
}

/**
 * The article as Readability found it, made into what an article file keeps: the text, its
 * headings, lists, quotes, tables and links (made absolute), without the furniture around it.
 *
 * ```html
 * <p>HALDEN (Meridian Wire) — The port reopened.</p><div class="share-box">Share</div>
 * <figure><img src="a.jpg"><figcaption>The port</figcaption></figure>
 * ```
 * → `<p>The port reopened.</p>`
 */
export function rehypeCleanArticle({ pageUrl, headline }: CleanArticleOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text = words(toString(node));
      const drop =
        isFurniture(node) ||
        (/^(?:p|div|li)$/.test(node.tagName) && (POINTER.test(text) || BYLINE.test(text) || CREDITS.test(text))) ||
        (/^h[1-6]$/.test(node.tagName) && (text === '' || text.toLowerCase() === words(headline).toLowerCase()));
      if (drop) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      // ## for the article's sections and ### below them: the title is the page's only h1.
      if (node.tagName === 'h1') node.tagName = 'h2';
      if (/^h[4-6]$/.test(node.tagName)) node.tagName = 'h3';
      if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
        try {
          node.properties['href'] = new URL(node.properties['href'], pageUrl).href;
        } catch {
          // Not an address: keep the words, drop the link.
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index];
        }
      }
      return undefined;
    });
    const first = firstParagraph(tree);
    const dateline = first && DATELINE.exec(toString(first));
    if (first && dateline) cutStart(first, dateline[0].length);
    removeEmpty(tree);
  };
}

function firstParagraph(tree: Root): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (found) return false;
    if (node.tagName === 'p' && words(toString(node))) found = node;
    return undefined;
  });
  return found;
}

/** Paragraphs and boxes left with no words once their furniture went. */
function removeEmpty(tree: Root): void {
  const keep = (child: RootContent | ElementContent): boolean => {
    if (child.type !== 'element') return true;
    child.children = child.children.filter(keep);
    if (/^(?:p|div|section|span|li|ul|ol|blockquote)$/.test(child.tagName)) return words(toString(child)) !== '';
    return true;
  };
  tree.children = tree.children.filter(keep);
}
