/**
 * Vitest's global set-up: fails the run when the tests leave anything behind, a temporary folder
 * or a process (a server, a build, a browser), since on a developer's machine those pile up
 * run after run and hold ports that later runs then talk to. The run's own temporary folder is
 * removed either way.
 */
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface ProcessInfo {
  pid: number;
  parent: number;
  session: number;
  ended: boolean;
  command: string;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields after its closing one are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent, , session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      found.push({
        pid: Number(entry),
        parent: Number(parent),
        session: Number(session),
        ended: state === 'Z',
        command,
      });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function workingFolder(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

const isInside = (folder: string | undefined, root: string) =>
  folder !== undefined && (folder === root || folder.startsWith(`${root}${path.sep}`));

/** Whether `pid` descends from `root`, following the parents in `all`. */
function descendsFrom(pid: number, root: number, all: ProcessInfo[]): boolean {
  const parentOf = new Map(all.map((info) => [info.pid, info.parent]));
  for (let parent = parentOf.get(pid); parent; parent = parentOf.get(parent)) if (parent === root) return true;
  return false;
}

export default function setup(): () => void {
  // The tests' temporary files go to a folder of this run's own (the workers inherit TMPDIR), so
  // what other programs write to the system's temporary folder meanwhile is not counted.
  const runTemp = mkdtempSync(path.join(tmpdir(), 'news-reader-tests-'));
  process.env['TMPDIR'] = runTemp;
  const running = new Set(processes().map((info) => info.pid));
  return () => {
    const session = processes().find((info) => info.pid === process.pid)?.session;
    // A process a test started still descends from this one; or was orphaned (adopted by init)
    // in this terminal session while working in this checkout; or was detached (a build's
    // process group) and names this run's temporary folder on its command line. Another run in
    // another terminal, or in this checkout, is none of these.
    const leftRunning = () => {
      const all = processes();
      return all.filter(
        (info) =>
          !running.has(info.pid) &&
          !info.ended &&
          !info.command.startsWith('vitest') &&
          (descendsFrom(info.pid, process.pid, all) ||
            (info.parent === 1 && info.session === session && isInside(workingFolder(info.pid), process.cwd())) ||
            info.command.includes(runTemp)),
      );
    };
    let left = leftRunning();
    if (left.length > 0) {
      // Vitest's own workers may still be exiting as it tears down (seen once, with an empty
      // command line): a process that is still there a second later was left behind.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
      left = leftRunning();
    }
    const problems = [
      ...readdirSync(runTemp)
        // Node's compile cache, which Astro turns on: a cache kept on purpose, removed with the folder.
        .filter((name) => name !== 'node-compile-cache')
        .map((name) => `left in the temporary folder: ${name}`),
      ...left.map((info) => `still running: ${info.pid} ${info.command}`),
    ];
    rmSync(runTemp, { recursive: true, force: true });
    if (problems.length > 0) throw new Error(`The tests left things behind:\n${problems.join('\n')}`);
  };
}
