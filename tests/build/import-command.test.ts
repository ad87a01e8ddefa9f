/**
 * `npm run import` end to end: saved pages of every fixture kind become articles that build,
 * with the preview of who said what; names never overwrite; and the web path, against a server
 * on 127.0.0.1 this test starts (redirects, a slow answer, a non-HTML one, an oversized one).
 * Nothing here reaches the internet.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuotesFile } from '../../src/data/quotes-file.ts';
import { listenForTest } from '../support/free-port.ts';
import { folderWith } from '../support/temp-folder.ts';

const fixture = (name: string) => path.resolve('tests', 'fixtures', 'import', name, 'page.html');
const REGISTRY = {
  'people/henrik-sand.md': '---\nname: Henrik Sand\nrole: Port director\n---\n',
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command in another process, as an editor would, without blocking this one's server. */
function runImport(content: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/import/index.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: content },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const articlesIn = (content: string) => readdirSync(path.join(content, 'articles')).sort();

describe('npm run import, from saved pages', () => {
  it('writes an article per page with its preview, goes on past a page that fails, and the articles build', async () => {
    const content = folderWith('import-content', REGISTRY);
    const run = await runImport(
      content,
      fixture('wire'),
      fixture('link-list'),
      fixture('wordpress'),
      fixture('newspaper'),
      fixture('amp'),
      fixture('windows-1252'),
      fixture('table-and-q'),
    );
    expect(run.status).toBe(1);
    // One line for the page that is not an article, naming it and what to do.
    expect(run.stderr.trim().split('\n')).toEqual([
      `${fixture('link-list')}: has nothing that reads as an article (no run of paragraphs: an index, a list of links or a teaser). Give the page of the article itself.`,
    ]);
    expect(articlesIn(content)).toEqual([
      'bakery-wins-regional-bread-award.md',
      'coastal-path-reopens-after-landslip-repairs.md',
      'ferry-operator-fined-over-missed-sailings.md',
      'grain-exports-resume-after-port-strike-ends.md',
      'library-hours-cut-as-council-trims-budget.md',
      'reservoir-levels-below-average-for-third-month.md',
    ]);
    const wire = path.join(content, 'articles', 'grain-exports-resume-after-port-strike-ends.md');
    expect(run.stdout).toContain(`${wire} ← ${fixture('wire')}`);
    expect(run.stdout).toContain('“Grain exports resume after port strike ends”, Meridian Wire, 5 March 2026');
    // Each quote with its speaker (the registry's), the sieves that decided, and file:line.
    expect(run.stdout).toMatch(
      new RegExp(`${wire}:11 {2}“The berths are full again and the cranes…” {2}Henrik Sand {2}\\(cue → name\\)`),
    );
    expect(run.stdout).toContain('“repeatedly failed to tell passengers in good time”  unattributed');
    expect(run.stdout).toContain('To name a speaker, add <!-- speaker: <id> --> right after the quote');
    expect(run.stdout).toContain('Imported 6 of 7 page(s)');

    const site = path.join(content, 'dist');
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: site },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const { quotes } = JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile;
    const speakersOf = (article: string) =>
      quotes.filter((quote) => quote.article === article).map((quote) => quote.speaker?.name ?? null);
    expect(speakersOf('grain-exports-resume-after-port-strike-ends')).toEqual([
      'Henrik Sand',
      'Henrik Sand',
      'Lotte Brink',
    ]);
    expect(speakersOf('bakery-wins-regional-bread-award')).toEqual(['Kasia Nowak', 'Kasia Nowak']);
    expect(quotes.find((quote) => quote.speaker?.name === 'Henrik Sand')?.speaker?.url).toBe('/people/henrik-sand/');
  });

  it('never overwrites: the same page again is refused, --force replaces it, another article gets a number', async () => {
    const content = folderWith('import-names', {});
    expect((await runImport(content, fixture('amp'))).status).toBe(0);
    const again = await runImport(content, fixture('amp'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is already imported as');
    expect(again.stderr).toContain('Add --force to replace it.');

    const file = path.join(content, 'articles', 'coastal-path-reopens-after-landslip-repairs.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Walkers are asked', 'Hand-edited. Walkers are asked'));
    expect((await runImport(content, fixture('amp'), '--force')).status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('Hand-edited');

    // A different article under the same headline: same name, another address.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'https://valley-courier.example/news/coastal-path-reopens',
        'https://other.example/x',
      ),
    );
    const other = await runImport(content, fixture('amp'));
    expect(other.status).toBe(0);
    expect(other.stdout).toContain('this one is coastal-path-reopens-after-landslip-repairs-2.md');
    expect(articlesIn(content)).toHaveLength(2);
  });

  it('asks for --url when a saved page names no address, and uses its host as the outlet', async () => {
    const content = folderWith('import-bare', {});
    const without = await runImport(content, fixture('bare'));
    expect(without.stderr.trim()).toBe(
      `${fixture('bare')}: names no address of its own (no canonical link or og:url). Give it with --url https://….`,
    );
    const given = await runImport(content, fixture('bare'), '--url', 'https://brackenford-news.example/2026/choir');
    expect(given.status).toBe(0);
    expect(given.stdout).toContain("Note: source.name is the address's host name, brackenford-news.example");
    const usage = await runImport(content, fixture('bare'), fixture('amp'), '--url', 'https://x.example/');
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim()).toBe('--url names the address of one page: import that page on its own.');
  });
});

describe('npm run import, from the web', () => {
  /** Routes of the local server: an article, redirects, and every way an answer can go wrong. */
  function handle(request: IncomingMessage, response: ServerResponse): void {
    const route = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = readFileSync(fixture('newspaper'));
    const hop = /^\/hop\/(\d+)$/.exec(route);
    if (route === '/article') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (route === '/bakery')
      response.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(fixture('windows-1252')));
    else if (hop) {
      const left = Number(hop[1]);
      response.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : '/article' }).end();
    } else if (route === '/to-ftp') response.writeHead(301, { location: 'ftp://127.0.0.1/article' }).end();
    else if (route === '/slow')
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(page), 3000);
    else if (route === '/pdf') response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    else if (route === '/huge') {
      // No Content-Length: the limit must hold while the body streams in.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 24 && response.write(chunk)) sent++;
        if (sent >= 24) response.end();
        else response.once('drain', more);
      };
      response.on('error', () => undefined);
      more();
    } else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }

  it('fetches a page, follows up to five redirects, and says in one line why any other answer fails', async () => {
    const origin = (await listenForTest(createServer(handle))).replace('localhost', '127.0.0.1');
    const content = folderWith('import-web', {});
    const run = await runImport(
      content,
      `${origin}/hop/4`,
      `${origin}/bakery`,
      `${origin}/hop/5`,
      `${origin}/to-ftp`,
      `${origin}/slow`,
      `${origin}/pdf`,
      `${origin}/huge`,
      `${origin}/missing`,
      '--timeout',
      '1',
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${origin}/hop/5: redirects more than 5 times. Import the address it ends at.`,
      `${origin}/to-ftp: leads to ftp: addresses, which are not fetched. Save the page and import the file.`,
      `${origin}/slow: did not answer within 1 s. Try again, or save the page and import the file.`,
      `${origin}/pdf: is not an HTML page (application/pdf). Give the article's page.`,
      `${origin}/huge: is larger than 5 MB. Save the page and import the file.`,
      `${origin}/missing: answered 404 Not Found. Check the address.`,
    ]);
    expect(run.stdout).toContain('Imported 2 of 8 page(s)');
    // The page's canonical address, not the redirect that led to it.
    const ferry = readFileSync(path.join(content, 'articles', 'ferry-operator-fined-over-missed-sailings.md'), 'utf8');
    expect(ferry).toContain('url: "https://northern-ledger.example/news/2026/02/11/ferry-operator-fined"');
    // A page whose header names no charset is read in the one its markup declares.
    const bakery = readFileSync(path.join(content, 'articles', 'bakery-wins-regional-bread-award.md'), 'utf8');
    expect(bakery).toContain('“The judges called it ‘honest bread’, and that is all we ever wanted to make.”');
  });
});
