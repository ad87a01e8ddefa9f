/** Prints the problems, or a one-line success, and sets the exit code; for the checks' command lines. */
export function report(name: string, problems: string[], checked: string): void {
  if (problems.length === 0) {
    console.log(`${name}: ${checked}, no problems.`);
    return;
  }
  console.error(`${name}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
