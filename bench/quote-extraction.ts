/**
 * `npm run bench:quotes [count]`: how much quote extraction adds to a build of a few hundred
 * articles. Builds a generated corpus once (wall time), then times the quote plugin alone over
 * the same articles, in the same remark pipeline the site uses (the fastest of ten runs
 * after a warm-up pass), and reports its share.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkQuotes } from '../src/markdown/remark-quotes.ts';
import { writeCorpus } from './generate-corpus.ts';

const count = Number(process.argv[2] ?? 300);
const corpus = path.join(tmpdir(), `quote-bench-${count}`);
writeCorpus(corpus, count);
const outDir = path.join(corpus, 'dist');

const buildStart = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.ts', '--force'], {
  env: { ...process.env, CONTENT_DIR: corpus, OUT_DIR: outDir },
  encoding: 'utf8',
});
const buildMs = performance.now() - buildStart;
if (build.status !== 0) throw new Error(`Build failed:\n${build.stdout}\n${build.stderr}`);

const files = readdirSync(path.join(corpus, 'articles')).map((name) =>
  readFileSync(path.join(corpus, 'articles', name), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
);
const parse = unified().use(remarkParse).use(remarkGfm);
const trees = files.map((body) => parse.runSync(parse.parse(body)) as Root);
const transform = remarkQuotes({ registry: [] });
// Warm up the JIT on every article once (the extractor has many small functions, and twenty
// articles left some of them cold), then time the transform alone over every article, five times.
for (const tree of trees) transform(structuredClone(tree), new VFile());
const runs: number[] = [];
for (let run = 0; run < 10; run++) {
  const copies = trees.map((tree) => structuredClone(tree));
  const start = performance.now();
  for (const tree of copies) transform(tree, new VFile());
  runs.push(performance.now() - start);
}
const extractionMs = Math.min(...runs);
rmSync(corpus, { recursive: true, force: true });

const share = extractionMs / (buildMs - extractionMs);
console.log(
  JSON.stringify(
    {
      articles: count,
      buildSeconds: +(buildMs / 1000).toFixed(2),
      extractionSeconds: +(extractionMs / 1000).toFixed(3),
      extractionMsPerArticle: +(extractionMs / count).toFixed(3),
      addedToBuild: `${(share * 100).toFixed(1)}%`,
    },
    null,
    2,
  ),
);
