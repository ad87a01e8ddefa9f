/**
 * Raw HTML in articles: what the sanitiser keeps (tables, figures, the project's quote markup)
 * and what it drops (scripts with their bodies, handlers, `javascript:` links, refreshes, styles).
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown.ts';

const html = (markdown: string) => renderMarkdown(markdown).html;

describe('raw HTML in an article', () => {
  it.each([
    ['an inline script, body and all', 'Text.<script>window.x = "ran"</script>', /<script|ran/],
    ['a script inside a quote', '“We <script>alert(1)</script> won,” said Ana Ruiz.', /<script|alert/],
    ['an event handler', '<img src="https://example.org/a.png" onerror="alert(1)">', /onerror|alert/],
    ['an SVG that runs code', '<svg onload="alert(1)"><text>x</text></svg>', /<svg|onload|alert/],
    ['a javascript: link', '<a href="javascript:alert(1)">More</a>', /javascript:/],
    ['a data: link', '[More](data:text/html,<script>alert(1)</script>)', /data:text|alert/],
    ['a frame with its own document', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc|alert/],
    ['a refresh to another site', '<meta http-equiv="refresh" content="0;url=https://example.net">', /<meta|refresh/],
    ['a style sheet', '<style>body { display: none }</style>Text', /<style|display/],
    ['an inline style', '<p style="position:fixed">Text</p>', /style=/],
    ['a form', '<form action="https://example.net"><input name="pw"></form>', /<form|name="pw"/],
  ])('drops %s', (_, markdown, unsafe) => {
    expect(html(markdown)).not.toMatch(unsafe);
  });

  it('keeps a script’s body out of the quote’s text and address', () => {
    const { quotes } = renderMarkdown('“We <script>alert(1)</script> won,” said Ana Ruiz.');
    expect(quotes[0]).toMatchObject({ id: 'q-we-won', speaker: { name: 'Ana Ruiz' } });
    expect(quotes[0]?.text).not.toContain('alert');
  });

  it('keeps tables, figures, abbreviations and links', () => {
    const out = html(
      '<table><caption>Votes</caption><tr><th scope="col">For</th></tr><tr><td>5</td></tr></table>\n\n' +
        '<figure><img src="https://example.org/a.png" alt="A pier"><figcaption>The pier</figcaption></figure>\n\n' +
        'An <abbr title="Member of Parliament">MP</abbr> wrote <a href="https://example.org/">here</a>.',
    );
    expect(out).toContain('<caption>Votes</caption>');
    expect(out).toContain('<th scope="col">For</th>');
    expect(out).toContain('<figcaption>The pier</figcaption>');
    expect(out).toContain('<abbr title="Member of Parliament">MP</abbr>');
    expect(out).toContain('<a href="https://example.org/">here</a>');
  });

  it('keeps the project’s quote markup unprefixed, and only on the project’s own spans', () => {
    const out = html(
      'Cllr Jane Moss said “we are broke”. <span class="quote" id="q-we-are-broke" data-speaker="dev-patel" ' +
        'data-pagefind-title="Dev Patel">Not a quote</span> <b id="q-also-fake">Bold</b>',
    );
    expect(out).toContain(
      '<span class="quote" id="q-we-are-broke" data-speaker="jane-moss" data-pagefind-title="Jane Moss" data-voice="1" data-colour="1">“we are broke”</span><a class="speaker-marker" href="#voice-jane-moss"',
    );
    // A hand-written copy can neither be a search anchor nor take a quote's address.
    expect(out).toContain('<span>Not a quote</span> <b>Bold</b>');
    expect(out).not.toContain('user-content-q-');
    expect(out).not.toContain('data-quote-key');
  });

  it('keeps headings’ ids and footnotes working', () => {
    const out = html('## Red lines\n\nText[^1]\n\n[^1]: A note.');
    expect(out).toContain('<h2 id="red-lines">');
    expect(out).toContain('href="#user-content-fn-1"');
    expect(out).toContain('<li id="user-content-fn-1">');
  });
});
