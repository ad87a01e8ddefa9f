/**
 * `npm run build`: checks the settings and the content, builds the site into a staging folder
 * and swaps it in only when every step succeeded, so a deploy script never finds a half-written
 * site. The swap is two renames (the old site aside, the new one in) and a delete; a build that
 * was killed between the renames is put right by the next one. A signal stops Astro too and
 * removes the staging folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildConfig } from '../src/config/build-config.ts';
import { plural } from '../src/utils/text.ts';
import { astroEnvironment } from './astro-environment.ts';
import { restoreInterruptedSwap, swapIn } from './site-swap.ts';
import { displayPath } from '../src/utils/display-path.ts';
import { filesIn, MARKDOWN_FILE } from '../src/utils/markdown-files.ts';

const root = process.cwd();

// Ctrl-C before Astro starts stops here; after, it stops Astro first (see the child's exit).
let stoppedBy: NodeJS.Signals | undefined;
/** What a signal has to stop or remove: Astro's process while it runs, the staging folder once named. */
const running: { astro?: ChildProcess; staging?: string; shown?: string } = {};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stoppedBy = signal;
    if (running.astro) {
      stopGroup(running.astro);
      // Astro's 'close' ends the build once its pipes are drained; should something it started
      // hold them open, the build still stops.
      setTimeout(() => {
        if (running.staging) rmSync(running.staging, { recursive: true, force: true });
        fail(`\nBuild stopped (${signal}): ${running.shown ?? 'the site'}/ was left as it was.`, 130);
      }, 5000).unref();
    } else {
      // Before Astro started, or while the search index is written: nothing to wait for.
      if (running.staging) rmSync(running.staging, { recursive: true, force: true });
      fail(`\nBuild stopped (${signal}): ${running.shown ?? 'the site'}/ was left as it was.`, 130);
    }
  });
}

/** Astro leads a process group of its own (Pagefind's service is in it): stop all of it at once. */
function stopGroup(astro: ChildProcess): void {
  try {
    process.kill(-astro.pid!, 'SIGKILL');
  } catch {
    astro.kill('SIGKILL');
  }
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let config: ReturnType<typeof buildConfig>;
try {
  config = buildConfig();
} catch (error) {
  fail((error as Error).message);
}
const outDir = config.OUT_DIR;
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const shown = displayPath(outDir, root);
running.staging = staging;
running.shown = shown;

restoreInterruptedSwap(outDir, previous);
if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(path.join(outDir, 'index.html'))) {
  fail(`OUT_DIR=${shown}: holds files that are not a built site (no index.html). Choose an empty or new folder.`);
}

rmSync(staging, { recursive: true, force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Above SEARCH_INDEX_AFTER_ASTRO_ABOVE articles, the search index is written once Astro has exited
// rather than beside its last steps: slower, but the two memory peaks do not add up (docs/benchmarks.md).
const articleFolder = path.join(config.CONTENT_DIR, 'articles');
const articleCount = existsSync(articleFolder)
  ? filesIn(articleFolder, { recursive: true }).filter((file) => MARKDOWN_FILE.test(file)).length
  : 0;
const indexAfterAstro = articleCount > config.SEARCH_INDEX_AFTER_ASTRO_ABOVE;
const child = spawn(
  process.execPath,
  [
    '--import',
    path.join(import.meta.dirname, 'exit-with-parent.ts'),
    astro,
    'build',
    '--outDir',
    staging,
    ...process.argv.slice(2),
  ],
  {
    // Astro's output is held back until the content check has passed (see below).
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    // A group of its own, so a signal stops Astro and everything it started (see stopGroup).
    detached: true,
    env: astroEnvironment(process.env, { indexAfterAstro, colour: process.stdout.isTTY }),
  },
);

// The content is checked while Astro starts on the other core. Astro
// writes only to the staging folder, so a failed check stops it with nothing to undo, and its
// output, about the same broken files, is dropped: the check's lines say it better. The check
// and the indexer are loaded only now: Astro need not wait for their modules to load.
const { checkContent } = await import('./check-content.ts');
const indexer = import('../src/integrations/pagefind.ts');
const content = checkContent(config.CONTENT_DIR);
for (const warning of content.warnings) console.warn(`Warning: ${warning}`);
if (content.problems.length > 0) {
  stopGroup(child);
  rmSync(staging, { recursive: true, force: true });
  for (const problem of content.problems) console.error(problem);
  fail(`\nBuild stopped: ${shown}/ was left as it was. Fix the line(s) above and run the build again.`);
}
child.stdout!.pipe(process.stdout);
child.stderr!.pipe(process.stderr);

running.astro = child;
// 'close', not 'exit': Astro's last lines must be through the pipe before this script's own.
child.on('close', async (code) => {
  if (stoppedBy) {
    rmSync(staging, { recursive: true, force: true });
    fail(`\nBuild stopped (${stoppedBy}): ${shown}/ was left as it was.`, 130);
  }
  if (code !== 0 || !existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    fail(`\nBuild failed: ${shown}/ was left as it was. Fix the error above and run the build again.`, code || 1);
  }
  delete running.astro;
  if (indexAfterAstro) await writeSearchIndex();
  swapIn(staging, outDir, previous);
  console.log(`Site written to ${shown}/`);
});

async function writeSearchIndex(): Promise<void> {
  try {
    const { indexArticlePages } = await indexer;
    const { pages, seconds } = await indexArticlePages(staging);
    console.log(`Search index: ${plural(pages, 'article page')} in ${seconds.toFixed(1)} s.`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    fail(`Search index: ${(error as Error).message}\n\nBuild failed: ${shown}/ was left as it was.`);
  }
}
