/**
 * The benchmark's measuring parts: build a corpus with the reader or with the plain-Astro floor
 * while sampling memory, size folders, and draw the results as an SVG chart.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { siteFiles } from '../src/utils/site-files.ts';

export interface BuildMeasure {
  wallSeconds: number;
  /** Highest resident memory of the build's whole process tree, sampled every 50 ms. */
  peakRssBytes: number;
}

/** Bytes of every file below a folder. */
export function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return siteFiles(folder).reduce((sum, file) => sum + statSync(path.join(folder, file)).size, 0);
}

/** The direct child processes of a process, from /proc (Linux). */
function childPids(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
  );
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    return rss + childPids(pid).reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0; // the process ended between two reads
  }
}

/** Resident memory of everything a process started (not the process itself). */
export const descendantsRss = (pid: number) => childPids(pid).reduce((sum, child) => sum + treeRss(child), 0);

/** Runs a command to completion, timing it and sampling its memory. */
export function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = process.cwd(),
): Promise<BuildMeasure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      else resolve({ wallSeconds: (performance.now() - start) / 1000, peakRssBytes: peak });
    });
  });
}

/** Builds the reader on a corpus, from a cold cache, into `outDir`. */
export function buildReader(contentDir: string, outDir: string): Promise<BuildMeasure> {
  return measure(process.execPath, ['scripts/build.ts', '--force'], { CONTENT_DIR: contentDir, OUT_DIR: outDir });
}

/** Builds the floor site (Markdown only) on the same corpus, from a cold cache. */
export function buildFloor(contentDir: string, outDir: string): Promise<BuildMeasure> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return measure(process.execPath, [astro, 'build', '--force', '--root', 'bench/floor', '--outDir', outDir], {
    CONTENT_DIR: contentDir,
  });
}

export interface SizeResult {
  articles: number;
  buildSeconds: number;
  floorSeconds: number;
  ratioToFloor: number;
  msPerArticle: number;
  floorMsPerArticle: number;
  peakRssMB: number;
  floorPeakRssMB: number;
  /** Every build's wall time, in the order they ran (reader and floor taking turns): the spread behind the medians. */
  runs: { buildSeconds: number[]; floorSeconds: number[] };
  distMB: number;
  indexMB: number;
  search: {
    query: string;
    /** One input event (a pasted query) → the first result for it drawn. */
    pastedMs: number;
    /** Keys 100 ms apart → from the last key to the first result for the whole query. */
    typedMs: number;
    /** The same two with Pagefind's own Default UI on the same index. */
    defaultUiPastedMs: number;
    defaultUiTypedMs: number;
    coldOpenToFirstResultsMs: number;
    bytesFetched: number;
    bytesFetchedGzip: number;
  };
}

/** Build time and index size against N, as a small two-panel SVG line chart. */
export function renderChart(results: SizeResult[]): string {
  const width = 720;
  const height = 300;
  const panel = { top: 40, bottom: 250, left: 70 };
  const panelWidth = 260;
  const xs = results.map((r) => r.articles);
  const maxX = Math.max(...xs, 1);
  const x = (n: number, offset: number) => offset + (n / maxX) * panelWidth;
  const series = (
    offset: number,
    title: string,
    unit: string,
    lines: { label: string; colour: string; values: number[] }[],
  ) => {
    const maxY = Math.max(...lines.flatMap((line) => line.values), 1) * 1.1;
    const y = (v: number) => panel.bottom - (v / maxY) * (panel.bottom - panel.top);
    const paths = lines
      .map((line, index) => {
        const points = line.values.map((v, i) => `${x(xs[i]!, offset).toFixed(1)},${y(v).toFixed(1)}`);
        const dots = points
          .map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${line.colour}"/>`)
          .join('');
        const legendY = panel.top + 14 + index * 16;
        return `<polyline fill="none" stroke="${line.colour}" stroke-width="2" points="${points.join(' ')}"/>${dots}<text x="${offset + 8}" y="${legendY}" fill="${line.colour}">${line.label}</text>`;
      })
      .join('');
    const ticks = xs
      .map((n) => `<text x="${x(n, offset).toFixed(1)}" y="${panel.bottom + 16}" text-anchor="middle">${n}</text>`)
      .join('');
    const yTicks = [0, 0.5, 1]
      .map(
        (f) =>
          `<text x="${offset - 8}" y="${(y(f * maxY) + 4).toFixed(1)}" text-anchor="end">${(f * maxY).toFixed(f === 0 ? 0 : 1)}</text>`,
      )
      .join('');
    return `<g><text x="${offset}" y="24" font-weight="600">${title} (${unit})</text><line x1="${offset}" y1="${panel.bottom}" x2="${offset + panelWidth}" y2="${panel.bottom}" stroke="#888"/><line x1="${offset}" y1="${panel.top}" x2="${offset}" y2="${panel.bottom}" stroke="#888"/>${ticks}${yTicks}${paths}<text x="${offset + panelWidth / 2}" y="${panel.bottom + 34}" text-anchor="middle">articles</text></g>`;
  };
  const body = [
    series(panel.left, 'Build time', 's', [
      { label: 'reader', colour: '#0b5cad', values: results.map((r) => r.buildSeconds) },
      { label: 'plain Astro floor', colour: '#b3470d', values: results.map((r) => r.floorSeconds) },
    ]),
    series(panel.left + panelWidth + 90, 'Search index size', 'MB', [
      { label: 'Pagefind index', colour: '#0b5cad', values: results.map((r) => r.indexMB) },
    ]),
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title"><title id="chart-title">Build time and search index size against the number of articles</title><rect width="100%" height="100%" fill="#fff"/>${body}</svg>\n`;
}
