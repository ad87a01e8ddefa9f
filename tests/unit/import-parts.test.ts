/** The parts of `npm run import` that fixtures alone would not pin down. */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFileName, articleFileText } from '../../src/import/article-file.ts';
import { decodePage } from '../../src/import/decode-page.ts';
import { calendarDay, readMetadata } from '../../src/import/page-metadata.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const cp1252 = (text: string) =>
  Uint8Array.from(text, (char) => (char === '“' ? 0x93 : char === '”' ? 0x94 : char.charCodeAt(0)));

describe('decodePage', () => {
  it('honours the HTTP header over the page’s meta, and the meta when there is no header', () => {
    const page = cp1252('<meta charset="utf-8"><p>“Yes”</p>');
    expect(decodePage(page, 'text/html; charset=windows-1252').html).toContain('“Yes”');
    expect(decodePage(cp1252('<meta charset="windows-1252"><p>“Yes”</p>')).html).toContain('“Yes”');
    expect(
      decodePage(cp1252('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>“Yes”</p>'))
        .charset,
    ).toBe('windows-1252');
  });

  it('reads UTF-8 when nothing is declared or the label names no encoding, and a byte order mark first', () => {
    const utf8 = new TextEncoder().encode('<p>“Yes”</p>');
    expect(decodePage(utf8).html).toBe('<p>“Yes”</p>');
    expect(decodePage(utf8, 'text/html; charset=no-such-set').charset).toBe('utf-8');
    expect(decodePage(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8), 'text/html; charset=windows-1252').html).toBe(
      '<p>“Yes”</p>',
    );
  });
});

describe('readMetadata', () => {
  const metadata = (head: string, body = '') =>
    readMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document);

  it('takes the calendar day as the page wrote it, in its own time zone', () => {
    expect(calendarDay('2026-02-11T22:45:00-05:00')).toBe('2026-02-11');
    expect(calendarDay('2026-02-11')).toBe('2026-02-11');
    expect(calendarDay('February 11, 2026')).toBeUndefined();
  });

  it('prefers JSON-LD’s date to the meta tag and a header’s <time>, and skips a broken JSON-LD block', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-02"}</script>';
    expect(
      metadata(
        `<script type="application/ld+json">{broken</script>${jsonLd}<meta property="article:published_time" content="2026-01-05">`,
      ).published,
    ).toBe('2026-01-02');
    expect(
      metadata('', '<article><header><time datetime="2026-01-07T10:00">7 Jan</time></header></article>').published,
    ).toBe('2026-01-07');
    expect(metadata('', '<p>Posted <time datetime="2026-01-07">7 Jan</time></p>').published).toBeUndefined();
  });

  it('drops the site’s name the headline carries, and nothing else', () => {
    const site = '<meta property="og:site_name" content="Harbour Herald">';
    expect(metadata(`${site}<meta property="og:title" content="Talks stall | Harbour Herald">`).headline).toBe(
      'Talks stall',
    );
    expect(metadata(`${site}<meta property="og:title" content="Talks stall - a view from the quay">`).headline).toBe(
      'Talks stall - a view from the quay',
    );
  });
});

describe('the article file', () => {
  it('is named from the headline with letters, digits and hyphens only', () => {
    expect(articleFileName('Café owners’ “fair deal” at 6%: what changes?')).toBe(
      'cafe-owners-fair-deal-at-6-what-changes',
    );
    expect(articleFileName('محادثات الهدنة')).toBe('article');
    const long = articleFileName(
      'The ministry says the new timetable for every ferry route in the region will start in May',
    );
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('writes frontmatter the article schema accepts, every character of the headline kept', () => {
    const text = articleFileText(
      {
        title: 'Quote: “Yes” — and #1 \\ ok',
        source: { name: 'A: B', url: 'https://x.example/a?b=1#c' },
        published: '2026-01-02',
      },
      'Body.\n',
    );
    const parsed = articleSchema.parse(parseFrontmatter(text).frontmatter);
    expect(parsed).toEqual({
      title: 'Quote: “Yes” — and #1 \\ ok',
      source: { name: 'A: B', url: 'https://x.example/a?b=1#c' },
      published: '2026-01-02',
    });
  });
});
