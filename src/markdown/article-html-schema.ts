import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { QUOTE_KEY_ATTRIBUTE } from './rehype-quote-markup.ts';

/**
 * What an article's HTML may contain once `rehype-sanitize` has run: GitHub's rules for
 * Markdown (links only to `http(s)`/`mailto`, no scripts, styles, frames, forms or event
 * handlers), plus the elements news copy uses (figures, captions, `abbr`, `time`, `small`,
 * `mark`) and the project's own quote markup. Raw HTML is parsed first (`rehype-raw`), so a
 * table written as HTML is kept as a table and a script is dropped whole, body included.
 *
 * ```md
 * Cllr Jane Moss said “we are broke”.<script>alert(1)</script> <a href="javascript:alert(1)">More</a>
 *
 * <table><tr><td onclick="x()">5</td></tr></table>
 * ```
 * → `<p>Cllr Jane Moss said <span class="quote" id="q-we-are-broke" data-speaker="jane-moss">“we
 * are broke”</span>. <a>More</a></p>` and `<table><tbody><tr><td>5</td></tr></tbody></table>`
 *
 * Ids are kept as written, not prefixed with `user-content-`: quote ids are the addresses of
 * quotes (`/articles/x/#q-…`), and article pages run no script that content ids could clobber.
 */
export const articleHtmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr',
    'bdi',
    'bdo',
    'caption',
    'cite',
    'col',
    'colgroup',
    'dfn',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'u',
    'wbr',
  ],
  attributes: {
    ...defaultSchema.attributes,
    // The project's quote markup (remark-quotes.ts); rehype-quote-markup.ts keeps it to the project's spans.
    span: [
      ...(defaultSchema.attributes?.['span'] ?? []),
      ['className', 'quote'],
      'dataSpeaker',
      'dataContinues',
      'dataPagefindTitle',
      QUOTE_KEY_ATTRIBUTE,
    ],
    abbr: ['title'],
    time: ['dateTime'],
    col: ['span'],
    colgroup: ['span'],
  },
  clobber: ['name'],
  // Dropped with everything inside them, not just their tags: none of their text is prose.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'title'],
};
