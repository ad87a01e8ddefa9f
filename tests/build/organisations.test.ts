/**
 * Speakers of both kinds on the built site, from the fixture articles (tests/fixtures/site):
 * `speaker.kind` in quotes.json, organisations' own pages with Organization markup and an index,
 * no person page for an organisation, and the build report's last-resort list.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotesFile } from '../../src/data/quotes-file.ts';

let site = '';
let output = '';
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'organisations-'));
  site = path.join(folder, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.resolve('tests/fixtures/site'), OUT_DIR: site },
  });
  output = build.stdout + build.stderr;
  expect(build.status, output).toBe(0);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const page = (...parts: string[]) => readFileSync(path.join(site, ...parts, 'index.html'), 'utf8');
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)![1]!) as Record<string, unknown>;

describe('the fixture site', () => {
  it('gives every speaker a kind and a page of that kind in quotes.json', () => {
    const { quotes } = JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile;
    const speakers = quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
    expect(speakers.length).toBeGreaterThan(0);
    for (const speaker of speakers) {
      const folder = speaker.kind === 'organisation' ? 'organisations' : 'people';
      expect(speaker.url).toBe(`/${folder}/${speaker.id}/`);
    }
    expect(quotes.find((q) => q.text.startsWith('cooperating fully'))).toMatchObject({
      speaker: { id: 'coastline-ferries', kind: 'organisation' },
      attribution: 'A spokesperson for Coastline Ferries',
      speakerResolvedBy: 'spokesperson',
    });
    // Every quote says which mention→speaker sieve decided it, or null when nobody speaks.
    for (const quote of quotes) expect(quote.speakerResolvedBy === null).toBe(quote.resolvedBy === 'none');
    // A registered organisation, found by its alias.
    expect(quotes.find((q) => q.text.startsWith('make sure local people'))?.speaker).toEqual({
      id: 'suffolk-county-council',
      name: 'Suffolk County Council',
      url: '/organisations/suffolk-county-council/',
      kind: 'organisation',
    });
  });

  it('gives organisations their own pages, marked up as Organization, and none as a person', () => {
    const ministry = page('organisations', 'ministry-of-transport');
    expect(jsonLd(ministry)).toMatchObject({ '@type': 'Organization', name: 'Ministry of Transport' });
    expect(ministry).toContain('The safety of passengers is not negotiable');
    expect(jsonLd(page('organisations', 'suffolk-county-council'))).toMatchObject({
      sameAs: 'https://example.org/suffolk',
    });
    expect(existsSync(path.join(site, 'people', 'ministry-of-transport'))).toBe(false);
    expect(jsonLd(page('people', 'rachel-okonjo'))).toMatchObject({ '@type': 'Person', name: 'Rachel Okonjo' });
  });

  it('lists organisations and people on separate indexes', () => {
    const list = (html: string) => /<ul class="people-list"[^>]*>(.*?)<\/ul>/su.exec(html)![1]!;
    const organisations = list(page('organisations'));
    expect(organisations).toContain('href="/organisations/coastline-ferries/"');
    expect(organisations).not.toContain('/people/');
    expect(list(page('people'))).not.toContain('/organisations/');
  });

  it('marks an article’s speakers up by kind and heads its organisations apart in the sidebar', () => {
    const article = page('articles', 'ferry-licence-suspended');
    expect(jsonLd(article)['mentions']).toEqual([
      { '@type': 'Organization', name: 'Ministry of Transport' },
      { '@type': 'Organization', name: 'Coastline Ferries' },
      { '@type': 'Person', name: 'Priya Nair' },
    ]);
    expect(article).toMatch(/<h3 id="voices-organisations"[^>]*>Organisations<\/h3>/u);
  });

  it('reports the quotes only the last-resort sieve decided, as file:line', () => {
    expect(output).toMatch(
      /check tests\/fixtures\/site\/articles\/harbour-jobs\.md:\d+: “more than it will ever know” went to Tom Ellery/u,
    );
  });
});
