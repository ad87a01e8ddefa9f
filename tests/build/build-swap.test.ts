/**
 * The build never leaves a half-written site: content and settings are checked before anything
 * is written, a stopped or killed build leaves the old site (or, once swapped, the new one)
 * whole, and no Astro process outlives the build script.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { restoreInterruptedSwap, swapIn } from '../../scripts/site-swap.ts';
import { tempFolder } from '../support/temp-folder.ts';

const OLD = '<p>the old site</p>';

/**
 * A work folder with content and an old, complete site in `dist/`. The fixture site builds in
 * about a second, less than it takes to notice Astro has started, so a build that has to be
 * stopped midway gets a generated archive large enough to still be running when the signal comes.
 */
function workspace(generatedArticles = 0): { work: string; content: string; out: string } {
  const work = tempFolder('build-swap');
  const content = path.join(work, 'content');
  if (generatedArticles > 0) writeCorpus(content, generatedArticles);
  else cpSync('tests/fixtures/site', content, { recursive: true });
  const out = path.join(work, 'dist');
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), OLD);
  return { work, content, out };
}

const isOld = (out: string) => readFileSync(path.join(out, 'index.html'), 'utf8') === OLD;
const isNewAndWhole = (out: string) =>
  ['index.html', 'quotes.json', 'rss.xml', 'pagefind/pagefind.js'].every((file) => existsSync(path.join(out, file))) &&
  !isOld(out);
/** Processes still working on this build's staging folder. */
const astroFor = (out: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`${out}.staging`));

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LARGE_ARCHIVE = 1000;

describe('the swap', () => {
  it('moves back an old site left aside by a build killed between its two renames', () => {
    const work = tempFolder('build-swap');
    const [out, built, aside] = ['dist', 'dist.staging', 'dist.previous'].map((name) => path.join(work, name));
    mkdirSync(out!);
    writeFileSync(path.join(out!, 'index.html'), OLD);
    mkdirSync(built!);
    writeFileSync(path.join(built!, 'index.html'), 'new');
    renameSync(out!, aside!); // killed here
    restoreInterruptedSwap(out!, aside!);
    expect(isOld(out!)).toBe(true);
    swapIn(built!, out!, aside!);
    expect(readFileSync(path.join(out!, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(aside!)).toBe(false);
  });
});

describe('a build that is stopped', { timeout: 120_000 }, () => {
  it('on SIGINT, stops Astro, removes its staging folder and keeps the old site', async () => {
    const { content, out } = workspace(LARGE_ARCHIVE);
    const build = spawn(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
      stdio: 'pipe',
    });
    // Listened for from the start: a build that ended before the signal must fail the test, not hang it.
    const exited = new Promise<number | null>((resolve) => build.on('exit', resolve));
    let output = '';
    build.stdout.on('data', (chunk) => (output += chunk));
    build.stderr.on('data', (chunk) => (output += chunk));
    // Stopped while Astro builds, however slow the machine is to get there.
    await expect.poll(() => output, { timeout: 60_000 }).toMatch(/\[build\]|\[content\]/);
    expect(build.exitCode, 'the build ended before it could be stopped').toBeNull();
    build.kill('SIGINT');
    const code = await exited;
    expect(code, output).toBe(130);
    expect(output).toContain('Build stopped (SIGINT)');
    expect(isOld(out)).toBe(true);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(astroFor(out)).toEqual([]);
  });

  for (const after of [1500, 5000, 9000]) {
    it(`killed outright after ${after} ms, leaves a whole site and no Astro running`, async () => {
      const { content, out } = workspace(LARGE_ARCHIVE);
      const build = spawn(process.execPath, ['scripts/build.ts'], {
        env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
        stdio: 'ignore',
      });
      await settle(after);
      build.kill('SIGKILL');
      // Astro notices its parent is gone and stops its whole process group (Pagefind included).
      await expect.poll(() => astroFor(out), { timeout: 15_000 }).toEqual([]);
      // Killed in the instant between the swap's two renames, the old site waits aside for the next build.
      restoreInterruptedSwap(out, `${out}.previous`);
      expect(isOld(out) || isNewAndWhole(out)).toBe(true);
    });
  }
});

describe('a build with nothing to build', { timeout: 60_000 }, () => {
  it('fails before writing anything when the content folder is empty or misspelt', () => {
    const { work, out } = workspace();
    mkdirSync(path.join(work, 'empty', 'articles'), { recursive: true });
    for (const folder of [path.join(work, 'empty'), path.join(work, 'contnet')]) {
      const run = spawnSync(process.execPath, ['scripts/build.ts'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: folder, OUT_DIR: out },
      });
      expect(run.status, folder).not.toBe(0);
      expect(run.stderr).toMatch(/no articles|CONTENT_DIR=.*contnet: no folder/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(isOld(out)).toBe(true);
    }
  });
});

describe('articles in any letter case', { timeout: 60_000 }, () => {
  it('builds .MD and .markdown files into pages like .md ones', () => {
    const { content, out } = workspace();
    renameSync(path.join(content, 'articles', 'harbour-jobs.md'), path.join(content, 'articles', 'harbour-jobs.MD'));
    renameSync(
      path.join(content, 'articles', 'ferry-licence-suspended.md'),
      path.join(content, 'articles', 'ferry-licence-suspended.markdown'),
    );
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(out, 'articles', 'harbour-jobs', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'articles', 'ferry-licence-suspended', 'index.html'))).toBe(true);
    const { quotes } = JSON.parse(readFileSync(path.join(out, 'quotes.json'), 'utf8')) as { quotes: unknown[] };
    expect(quotes.length).toBeGreaterThan(0);
  });
});
