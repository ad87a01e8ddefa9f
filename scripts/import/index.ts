/**
 * `npm run import -- <saved-page.html | https://…> [more…] [--url https://…] [--force]
 * [--timeout SECONDS]`: one article file in `content/articles/` per page (or `CONTENT_DIR`), then
 * a preview of who said what. Each page is read (a saved file, or fetched: `fetch-page.ts`),
 * made into an article (`src/import/`), named and checked (`place-article.ts`), written and
 * previewed (`preview.ts`). A page that fails is one line, and the others go on; the exit status
 * is 1 when any failed. Apart from the pages named, it reads only the content folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildConfig } from '../../src/config/build-config.ts';
import { articleFileName, articleFileText } from '../../src/import/article-file.ts';
import { decodePage } from '../../src/import/decode-page.ts';
import { importPage } from '../../src/import/import-page.ts';
import type { RegistryEntry } from '../../src/quotes/types.ts';
import { displayPath } from '../../src/utils/display-path.ts';
import { formatDate } from '../../src/utils/format-date.ts';
import { loadRegistry } from '../../src/utils/load-registry.ts';
import { DEFAULT_LIMITS, type FetchLimits, fetchPage, ImportProblem } from './fetch-page.ts';
import { placeArticle, writeChecked } from './place-article.ts';
import { previewLines, quotesOf } from './preview.ts';

const USAGE =
  'Usage: npm run import -- <saved-page.html | https://…> [more…] [--url https://…] [--force] [--timeout SECONDS]';

interface Options {
  articles: string;
  registry: RegistryEntry[];
  givenUrl: string | undefined;
  force: boolean;
  limits: FetchLimits;
}

/** A page's text, from a saved file or the web, with the address it came from if fetched. */
async function readInput(input: string, limits: FetchLimits): Promise<{ html: string; fetchedFrom?: string }> {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(input)) {
    const page = await fetchPage(input, limits);
    return { html: decodePage(page.bytes, page.contentType).html, fetchedFrom: page.url };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ImportProblem(
      code === 'ENOENT'
        ? 'is not a file here. Check the path, or give an http(s):// address.'
        : `cannot be read (${code}).`,
    );
  }
  return { html: decodePage(bytes).html };
}

/** Imports one page and returns the lines to print; an `ImportProblem` says why it could not. */
async function importOne(input: string, options: Options): Promise<string[]> {
  const page = await readInput(input, options.limits);
  const imported = importPage({ ...page, givenUrl: options.givenUrl });
  if (!imported.ok) throw new ImportProblem(imported.problem);
  const { frontmatter, body, notes } = imported;
  const placement = placeArticle(
    options.articles,
    articleFileName(frontmatter.title),
    frontmatter.source.url,
    options.force,
  );
  writeChecked(placement.file, articleFileText(frontmatter, body));
  const when = frontmatter.published ? formatDate(frontmatter.published) : 'no date stated';
  return [
    `${displayPath(placement.file)} ← ${input}`,
    `  “${frontmatter.title}”, ${frontmatter.source.name}, ${when}`,
    ...[...notes, ...(placement.note ? [placement.note] : [])].map((note) => `  Note: ${note}`),
    ...previewLines(placement.file, quotesOf(placement.file, options.registry)),
  ];
}

function readOptions(): { inputs: string[]; options: Options } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, force: { type: 'boolean', default: false }, timeout: { type: 'string' } },
  });
  if (positionals.length === 0) throw new Error(USAGE);
  if (values.url && positionals.length > 1)
    throw new Error('--url names the address of one page: import that page on its own.');
  const seconds = values.timeout === undefined ? DEFAULT_LIMITS.timeoutMs / 1000 : Number(values.timeout);
  if (!(seconds > 0)) throw new Error(`--timeout ${values.timeout}: give a number of seconds, e.g. --timeout 20.`);
  const content = buildConfig().CONTENT_DIR;
  return {
    inputs: positionals,
    options: {
      articles: path.join(content, 'articles'),
      registry: loadRegistry(content),
      givenUrl: values.url,
      force: values.force,
      limits: { ...DEFAULT_LIMITS, timeoutMs: seconds * 1000 },
    },
  };
}

let setup: ReturnType<typeof readOptions>;
try {
  setup = readOptions();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const start = performance.now();
let failed = 0;
for (const input of setup.inputs) {
  try {
    console.log((await importOne(input, setup.options)).join('\n'));
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    failed += 1;
    console.error(`${input}: ${error.message}`);
  }
}
const seconds = ((performance.now() - start) / 1000).toFixed(2);
const done = setup.inputs.length - failed;
console.log(
  `\nImported ${done} of ${setup.inputs.length} page(s) in ${seconds} s.${done > 0 ? ' Build with npm run build to see them on the site.' : ''}`,
);
process.exitCode = failed > 0 ? 1 : 0;
