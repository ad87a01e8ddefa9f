/**
 * `npm run bench:lighthouse`: Lighthouse (mobile) scores of an article page and the other page
 * types, from the built site served like a static host, with Debian's Chromium. Writes
 * `bench/lighthouse.json`. A benchmark, not a test: scores move with the machine's load.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath, waitForUrl } from '../scripts/chromium.ts';

const chromePath = process.env['CHROME_PATH'] ?? chromiumPath;
const port = 4398;
const debuggingPort = 9333;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/', '/search/', '/people/james-dorsey/', '/'];

const children: ChildProcess[] = [];
// Chromium's profile for the run, removed when it ends.
const profile = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
try {
  children.push(spawn(process.execPath, ['scripts/serve.ts', 'dist', String(port)], { stdio: 'ignore' }));
  children.push(
    spawn(
      chromePath,
      [
        '--headless=new',
        `--remote-debugging-port=${debuggingPort}`,
        `--user-data-dir=${profile}`,
        ...chromiumArgs,
        'about:blank',
      ],
      { stdio: 'ignore' },
    ),
  );
  await waitForUrl(`http://localhost:${port}/`);
  await waitForUrl(`http://127.0.0.1:${debuggingPort}/json/version`);

  const results: Record<string, Record<string, number>> = {};
  for (const page of pages) {
    const run = await lighthouse(`http://localhost:${port}${page}`, {
      port: debuggingPort,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
    const categories = run.lhr.categories;
    results[page] = Object.fromEntries(
      Object.entries(categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)]),
    );
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]
      .map((id) => `${id} ${run.lhr.audits[id]?.displayValue ?? '?'}`)
      .join(', ');
    if ((results[page]['performance'] ?? 0) < 100) {
      console.log(`  ${page}: ${metrics}`);
      // Where the blocking time comes from: the longest main-thread tasks and what they ran.
      const details = (id: string) =>
        ((run.lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 4);
      const tasks = details('long-tasks').map(
        (task) => `${String(task['url'])} ${Math.round(Number(task['duration']))} ms`,
      );
      const work = details('mainthread-work-breakdown').map(
        (item) => `${String(item['groupLabel'])} ${Math.round(Number(item['duration']))} ms`,
      );
      console.log(`  long tasks: ${tasks.join('; ') || 'none'}\n  main thread: ${work.join('; ')}`);
    }
    const failing = Object.values(run.lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    console.log(
      `${page}: ${JSON.stringify(results[page])}${failing.length ? `  failing: ${failing.map((a) => a.id).join(', ')}` : ''}`,
    );
  }
  writeFileSync('bench/lighthouse.json', `${JSON.stringify({ formFactor: 'mobile', results }, null, 2)}\n`);
} finally {
  // Each process is gone before its files are: Chromium writes its profile as it exits.
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill();
        }),
    ),
  );
  // Chromium keeps its singleton socket in a folder of its own in /tmp, which a link in the
  // profile names; stopped by a signal, it leaves both.
  try {
    rmSync(path.dirname(readlinkSync(path.join(profile, 'SingletonSocket'))), { recursive: true, force: true });
  } catch {
    // No link: Chromium removed its folder itself.
  }
  rmSync(profile, { recursive: true, force: true });
}
