/**
 * `npm run bench:pagefind [site]`: the evidence behind the index's layout, on a built site
 * (default `dist/`; build a large corpus first with CONTENT_DIR and OUT_DIR). For one bundle
 * (what the site ships) and for two bundles written one after the other (quotes, then
 * articles), it reports Pagefind's time per 5,000 quote records as the index fills, its time to
 * write, the highest memory of its process, and the metadata file every search downloads.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import type { QuotesFile } from '../src/data/quotes-file.ts';
import { quoteRecords } from '../src/search/quote-records.ts';
import { descendantsRss } from './harness.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const records = quoteRecords(JSON.parse(readFileSync(path.join(site, 'quotes.json'), 'utf8')) as QuotesFile, '/');
const out = path.join(tmpdir(), 'pagefind-layouts');
const MB = 1024 * 1024;

async function addQuotes(index: pagefind.PagefindIndex): Promise<number[]> {
  const secondsPer5000: number[] = [];
  let lap = performance.now();
  for (let start = 0; start < records.length; start += 250) {
    await Promise.all(records.slice(start, start + 250).map((record) => index.addCustomRecord(record)));
    if ((start + 250) % 5000 === 0) {
      secondsPer5000.push(Number(((performance.now() - lap) / 1000).toFixed(2)));
      lap = performance.now();
    }
  }
  return secondsPer5000;
}

let peak = 0;
// Pagefind's service is the only process this script starts.
const sample = () => (peak = Math.max(peak, descendantsRss(process.pid)));

async function write(index: pagefind.PagefindIndex, folder: string) {
  const started = performance.now();
  sample();
  await index.writeFiles({ outputPath: path.join(out, folder) });
  sample();
  const meta = readdirSync(path.join(out, folder)).find((name) => name.endsWith('.pf_meta'))!;
  return {
    writeSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    metaBytes: statSync(path.join(out, folder, meta)).size,
  };
}

async function measure(layout: () => Promise<object>) {
  peak = 0;
  const sampler = setInterval(sample, 50);
  try {
    const result = await layout();
    return { ...result, pagefindPeakMB: Math.round(peak / MB) };
  } finally {
    clearInterval(sampler);
    await pagefind.close();
  }
}

rmSync(out, { recursive: true, force: true });
const open = async () => (await pagefind.createIndex({ forceLanguage: 'en' })).index!;
const oneBundle = await measure(async () => {
  const index = await open();
  const quoteSecondsPer5000 = await addQuotes(index);
  await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
  return { quoteSecondsPer5000, ...(await write(index, 'one')) };
});
const twoBundles = await measure(async () => {
  const quotes = await open();
  const quoteSecondsPer5000 = await addQuotes(quotes);
  const quoteBundle = await write(quotes, 'quotes');
  await quotes.deleteIndex();
  const articles = await open();
  await articles.addDirectory({ path: site, glob: 'articles/**/*.html' });
  return { quoteSecondsPer5000, quotes: quoteBundle, articles: await write(articles, 'articles') };
});
const wasm = statSync(path.join(out, 'one', 'wasm.en.pagefind')).size;
console.log(JSON.stringify({ site, quotes: records.length, oneBundle, twoBundles, wasmBytesPerBundle: wasm }, null, 2));
rmSync(out, { recursive: true, force: true });
