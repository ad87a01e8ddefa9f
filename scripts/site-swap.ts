/**
 * Putting a freshly built site where the old one was, so that whatever moment the process is
 * killed, one whole site is there: the old one, or the new one, or (between the two renames)
 * the old one aside, which the next build moves back before it starts.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/** Moves back the site a build killed between its two renames left aside, and drops any leftover. */
export function restoreInterruptedSwap(out: string, aside: string): void {
  if (!existsSync(out) && existsSync(aside)) renameSync(aside, out);
  rmSync(aside, { recursive: true, force: true });
}

/** The old site aside, the new one in, the old one deleted. */
export function swapIn(built: string, out: string, aside: string): void {
  if (existsSync(out)) renameSync(out, aside);
  renameSync(built, out);
  rmSync(aside, { recursive: true, force: true });
}
