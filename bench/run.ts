/**
 * `npm run bench [-- --sizes 100,1000,5000] [--repeat 3] [--out bench]`: for each corpus size,
 * generates a synthetic corpus in a temporary folder (CONTENT_DIR), builds it `repeat` times with
 * the reader and with the plain-Astro floor (median time, highest memory), measures search in
 * Chromium, and writes `results.json` and `results.svg`. Every build's site is kept until the
 * end (about 1.5 GB at 5,000 articles and five builds; see benchSize).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { writeCorpus } from './generate-corpus.ts';
import { type BuildMeasure, buildFloor, buildReader, folderBytes, renderChart, type SizeResult } from './harness.ts';
import { measureSearch } from './search.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const sizes = (option('sizes') ?? process.env['BENCH_SIZES'] ?? '100,1000,5000').split(',').map(Number);
const outDir = path.resolve(option('out') ?? 'bench');
const query = option('query') ?? 'negotiations';
// This machine's timings vary by 10–20% from one build to the next; the median of a few builds,
// reader and floor taking turns, keeps one slow run from deciding a ratio.
const repeat = Number(option('repeat') ?? process.env['BENCH_REPEAT'] ?? 3);
const MB = 1024 * 1024;

/**
 * Builds one corpus size in a folder of `scratch`, which the caller removes once every size is
 * done: nothing is deleted while builds are timed. On ext4 without a journal (this machine's
 * disk), creating a file scans past every inode freed in the last minute or more
 * (`recently_deleted`), so a build that followed the removal of the previous run's thousands of
 * files paid for that removal: 1,000 new files took 0.07 s on a quiet disk and 0.3–1.1 s within
 * minutes of deleting 4,000 (throwaway timing).
 */
export async function benchSize(articles: number, scratch: string, builds = repeat): Promise<SizeResult> {
  const work = mkdtempSync(path.join(scratch, `${articles}-`));
  const corpus = path.join(work, 'content');
  writeCorpus(corpus, articles);
  const readers: BuildMeasure[] = [];
  const floors: BuildMeasure[] = [];
  // Every build starts from an empty output folder of its own, as on a CI runner.
  const siteOf = (run: number) => path.join(work, `site-${run}`);
  for (let run = 1; run <= builds; run++) {
    console.log(`${articles} articles, build ${run} of ${builds}: the reader, then the plain Astro floor…`);
    readers.push(await buildReader(corpus, siteOf(run)));
    floors.push(await buildFloor(corpus, path.join(work, `floor-${run}`)));
  }
  const reader = summarise(readers);
  const floor = summarise(floors);
  // The last reader build's site is the one searched and weighed.
  const site = siteOf(builds);
  console.log(`${articles} articles: searching in Chromium…`);
  const search = await measureSearch({ site, query, runs: 3 });
  return {
    articles,
    buildSeconds: round(reader.wallSeconds, 2),
    floorSeconds: round(floor.wallSeconds, 2),
    ratioToFloor: round(reader.wallSeconds / floor.wallSeconds, 2),
    msPerArticle: round((reader.wallSeconds * 1000) / articles, 1),
    floorMsPerArticle: round((floor.wallSeconds * 1000) / articles, 1),
    peakRssMB: round(reader.peakRssBytes / MB, 0),
    floorPeakRssMB: round(floor.peakRssBytes / MB, 0),
    runs: {
      buildSeconds: readers.map((build) => round(build.wallSeconds, 2)),
      floorSeconds: floors.map((build) => round(build.wallSeconds, 2)),
    },
    distMB: round(folderBytes(site) / MB, 2),
    indexMB: round(folderBytes(path.join(site, 'pagefind')) / MB, 2),
    search: {
      query,
      pastedMs: search.pastedToFirstResultMs,
      typedMs: search.typedLastKeyToFirstResultMs,
      defaultUiPastedMs: search.defaultUi.pastedToFirstResultMs,
      defaultUiTypedMs: search.defaultUi.typedLastKeyToFirstResultMs,
      coldOpenToFirstResultsMs: search.coldOpenToFirstResultsMs,
      bytesFetched: search.bytesFetchedForOneSearch,
      bytesFetchedGzip: search.bytesFetchedForOneSearchGzip,
    },
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The median wall time of several builds, and the highest memory any of them reached. */
function summarise(builds: BuildMeasure[]): BuildMeasure {
  const times = builds.map((build) => build.wallSeconds).toSorted((a, b) => a - b);
  return {
    wallSeconds: times[Math.floor(times.length / 2)]!,
    peakRssBytes: Math.max(...builds.map((build) => build.peakRssBytes)),
  };
}

/** Each target of the search issue, with the measured figure beside it: `met` the target, `must` the limit. */
export function checkTargets(results: SizeResult[]): Record<string, unknown> {
  const largest = results.at(-1)!;
  const thousand = results.find((r) => r.articles === 1000);
  const n = largest.articles;
  return {
    'build time ≤ 1.5× the floor (must: ≤ 2.0×)': results.map((r) => ({
      articles: r.articles,
      ratio: r.ratioToFloor,
      met: r.ratioToFloor <= 1.5,
      must: r.ratioToFloor <= 2.0,
    })),
    ...(thousand && largest.articles === 5000
      ? {
          '5,000 articles ≤ 5.5× the time of 1,000': {
            ratio: round(largest.buildSeconds / thousand.buildSeconds, 2),
            met: largest.buildSeconds / thousand.buildSeconds <= 5.5,
          },
        }
      : {}),
    [`peak memory < 1.5 GB at ${n} (must: < 2 GB)`]: {
      peakRssMB: largest.peakRssMB,
      met: largest.peakRssMB < 1536,
      must: largest.peakRssMB < 2048,
    },
    [`first search fetches < 150 KiB gzip at ${n} (must: < 300 KiB)`]: {
      bytesGzip: largest.search.bytesFetchedGzip,
      bytes: largest.search.bytesFetched,
      met: largest.search.bytesFetchedGzip < 150 * 1024,
      must: largest.search.bytesFetchedGzip < 300 * 1024,
    },
    [`a pasted query's first result < 150 ms at ${n}, and no slower than Pagefind's Default UI`]: {
      pastedMs: largest.search.pastedMs,
      defaultUiPastedMs: largest.search.defaultUiPastedMs,
      met: largest.search.pastedMs < 150 && largest.search.pastedMs <= largest.search.defaultUiPastedMs,
    },
    [`a typed query's first result < 150 ms after the last key at ${n}, and no slower than the Default UI`]: {
      typedMs: largest.search.typedMs,
      defaultUiTypedMs: largest.search.defaultUiTypedMs,
      met: largest.search.typedMs < 150 && largest.search.typedMs <= largest.search.defaultUiTypedMs,
    },
  };
}

if (import.meta.main) {
  const started = Date.now();
  const results: SizeResult[] = [];
  // Every size's corpus and sites, removed only once the last build is timed (see benchSize).
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-'));
  try {
    for (const size of sizes) {
      results.push(await benchSize(size, scratch));
      console.log(JSON.stringify(results.at(-1)));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  const report = {
    machine: { cpus: cpus().length, memoryGB: round(totalmem() / 1024 ** 3, 1), node: process.version },
    buildsPerSize: repeat,
    minutes: round((Date.now() - started) / 60_000, 1),
    results,
    targets: checkTargets(results),
  };
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'results.svg'), renderChart(results));
  console.log(JSON.stringify(report.targets, null, 2));
  console.log(
    `Wrote ${path.relative(process.cwd(), outDir) || '.'}/results.json and results.svg in ${report.minutes} min.`,
  );
}
