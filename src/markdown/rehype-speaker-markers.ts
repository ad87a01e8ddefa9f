/**
 * Shows who said each quote without leaving the text: after a quote's last part, a small link
 * numbered as the voices sidebar numbers its entries, leading to that entry (whose quotes link
 * back). Each part of the quote and its marker get that number (`data-voice`) and, for a named
 * speaker, one of six colours by it (`data-colour`); unnamed and unattributed quotes get none. Screen readers
 * hear the speaker's name from hidden text in the link, which search ignores, so a quote's search
 * text stays its own words. Runs after the sanitiser and on its verified quote spans only: no
 * article can forge a marker.
 *
 * ```html
 * <span class="quote" id="q-we-are-broke" data-speaker="jane-moss">“We are broke.”</span>
 * ```
 * → `<span class="quote" id="q-we-are-broke" data-speaker="jane-moss" data-voice="1" data-colour="1">“We
 * are broke.”</span><a class="speaker-marker" href="#voice-jane-moss" data-voice="1" data-colour="1"
 * data-name="Jane Moss" data-pagefind-ignore><span aria-hidden="true">1</span><span class="visually-hidden">
 * (Jane Moss)</span></a>`
 */
import type { Element, Parent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ArticleQuote } from '../quotes/types.ts';
import { NOT_ATTRIBUTED } from '../utils/quote-parts.ts';
import { voiceColour, voiceKey, voiceOrder } from '../utils/voice-order.ts';
import { computedSoFar } from './frontmatter.ts';

const isQuoteSpan = (node: Element) =>
  node.tagName === 'span' &&
  Array.isArray(node.properties['className']) &&
  node.properties['className'].includes('quote');

const text = (value: string) => ({ type: 'text' as const, value });

/** What the quote span and its marker carry: the sidebar number, and a colour for a named speaker. */
function voiceData(quote: ArticleQuote, voice: number) {
  const colour = voiceColour(voice, quote.speaker !== null);
  return { dataVoice: voice, ...(colour ? { dataColour: colour } : {}) };
}

function marker(quote: ArticleQuote, voice: number): Element {
  const named = quote.speaker?.name ?? quote.attribution;
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['speaker-marker'],
      href: `#voice-${voiceKey(quote)}`,
      ...voiceData(quote, voice),
      dataName: named ?? NOT_ATTRIBUTED,
      dataPagefindIgnore: '',
    },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [text(String(voice))] },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        // Read after the quote, mid-sentence: "(not attributed)".
        children: [text(` (${named ?? NOT_ATTRIBUTED.toLowerCase()})`)],
      },
    ],
  };
}

export function rehypeSpeakerMarkers() {
  return (tree: Root, file: VFile) => {
    const { quotes } = computedSoFar(file);
    if (quotes.length === 0) return;
    const order = voiceOrder(quotes);
    const byId = new Map(quotes.map((quote) => [quote.id, quote]));
    const lastPart = new Map<string, { node: Element; parent: Parent; voice: number }>();
    visit(tree, 'element', (node, _index, parent) => {
      if (!parent || !isQuoteSpan(node)) return;
      const quote = byId.get(String(node.properties['dataContinues'] ?? node.properties['id']));
      if (!quote) return;
      const voice = order.indexOf(voiceKey(quote)) + 1;
      Object.assign(node.properties, voiceData(quote, voice));
      lastPart.set(quote.id, { node, parent, voice });
    });
    for (const [id, { node, parent, voice }] of lastPart) {
      parent.children.splice(parent.children.indexOf(node) + 1, 0, marker(byId.get(id)!, voice));
    }
  };
}
