/** A small `quotes.json` for the search tests: one named speaker and one unnamed source. */
import type { QuotesFile } from '../../src/data/quotes-file.ts';

/** @param base The site's base path, with its trailing slash: `/` or `/news-reader/`. */
export function sampleQuotesFile(base: string): QuotesFile {
  return {
    quotes: [
      {
        id: 'q-under-the-bus',
        text: 'Trump has thrown Netanyahu under the bus,',
        speaker: { id: 'neil-quilliam', name: 'Neil Quilliam', url: `${base}people/neil-quilliam/`, kind: 'person' },
        article: 'talks',
        url: `${base}articles/talks/#q-under-the-bus`,
        attribution: null,
        cue: 'said',
        mention: 'Quilliam',
        resolvedBy: 'cue',
        looksLikeSpeech: true,
        line: 12,
      },
      {
        id: 'q-no-deal',
        text: 'There is no deal yet.',
        speaker: null,
        article: 'talks',
        url: `${base}articles/talks/#q-no-deal`,
        attribution: 'an informed source',
        cue: 'said',
        mention: null,
        resolvedBy: 'cue',
        looksLikeSpeech: true,
        line: 20,
      },
    ],
    articles: {
      talks: {
        title: 'Direct talks',
        url: `${base}articles/talks/`,
        source: { name: 'News.Az', url: 'https://news.az/' },
        published: null,
      },
    },
  };
}
