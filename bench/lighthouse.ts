/**
 * `npm run bench:lighthouse`: Lighthouse (mobile) scores of an article page and the other page
 * types, from the built site served like a static host, with Debian's Chromium. Writes
 * `bench/lighthouse.json`. A benchmark, not a test: scores move with the machine's load.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';

const chromePath = process.env['CHROME_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = 4398;
const debuggingPort = 9333;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/articles/analysts-us-hamas-talks-hinder-gaza-truce-efforts/', '/search/', '/people/james-dorsey/', '/'];

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

const children: ChildProcess[] = [];
try {
  children.push(spawn(process.execPath, ['scripts/serve.ts', 'dist', String(port)], { stdio: 'ignore' }));
  children.push(
    spawn(
      chromePath,
      [
        '--headless=new',
        `--remote-debugging-port=${debuggingPort}`,
        `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'lighthouse-'))}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        'about:blank',
      ],
      { stdio: 'ignore' },
    ),
  );
  await waitFor(`http://localhost:${port}/`);
  await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`);

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
    if ((results[page]['performance'] ?? 0) < 100) console.log(`  ${page}: ${metrics}`);
    const failing = Object.values(run.lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    console.log(
      `${page}: ${JSON.stringify(results[page])}${failing.length ? `  failing: ${failing.map((a) => a.id).join(', ')}` : ''}`,
    );
  }
  writeFileSync('bench/lighthouse.json', `${JSON.stringify({ formFactor: 'mobile', results }, null, 2)}\n`);
} finally {
  for (const child of children) child.kill();
}
