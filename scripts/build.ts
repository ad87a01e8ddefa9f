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
import { checkContent } from './check-content.ts';
import { restoreInterruptedSwap, swapIn } from './site-swap.ts';
import { displayPath } from '../src/utils/display-path.ts';

const root = process.cwd();

// Ctrl-C before Astro starts stops here; after, it stops Astro first (see the child's exit).
let stoppedBy: NodeJS.Signals | undefined;
/** Astro's process, once started. */
const running: { astro?: ChildProcess } = {};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stoppedBy = signal;
    if (running.astro) running.astro.kill('SIGTERM');
    else fail(`\nBuild stopped (${signal}) before it wrote anything.`, 130);
  });
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

restoreInterruptedSwap(outDir, previous);
if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(path.join(outDir, 'index.html'))) {
  fail(`OUT_DIR=${shown}: holds files that are not a built site (no index.html). Choose an empty or new folder.`);
}

const content = checkContent(config.CONTENT_DIR);
for (const warning of content.warnings) console.warn(`Warning: ${warning}`);
if (content.problems.length > 0) {
  for (const problem of content.problems) console.error(problem);
  fail(`\nBuild stopped: ${shown}/ was left as it was. Fix the line(s) above and run the build again.`);
}

rmSync(staging, { recursive: true, force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Memory, measured at 5,000 articles (`npm run bench`): the bundler's allocator (mimalloc, inside
// Rolldown) keeps freed memory for reuse unless told to return it, which left ~250 MB resident
// through page generation; `--expose-gc` lets the search integration collect before Pagefind's
// peak.
const child = spawn(
  process.execPath,
  [
    '--expose-gc',
    '--import',
    path.join(import.meta.dirname, 'exit-with-parent.ts'),
    astro,
    'build',
    '--outDir',
    staging,
    ...process.argv.slice(2),
  ],
  {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0', ...process.env },
  },
);

running.astro = child;
child.on('exit', (code) => {
  if (stoppedBy) {
    rmSync(staging, { recursive: true, force: true });
    fail(`\nBuild stopped (${stoppedBy}): ${shown}/ was left as it was.`, 130);
  }
  if (code !== 0 || !existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    fail(`\nBuild failed: ${shown}/ was left as it was. Fix the error above and run the build again.`, code || 1);
  }
  swapIn(staging, outDir, previous);
  console.log(`Site written to ${shown}/`);
});
