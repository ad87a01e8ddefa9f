/**
 * Loaded into the Astro process by `build.ts` (`node --import`): if the build script dies, even
 * by SIGKILL, its IPC channel closes and Astro stops too, with the processes it started, instead
 * of finishing into a staging folder nobody will swap in or clean up.
 */
if (process.channel) {
  // The channel must not keep Astro alive once its work is done.
  process.channel.unref();
  process.on('disconnect', () => {
    // Astro leads its own process group (build.ts starts it detached): Pagefind's service goes too.
    try {
      process.kill(-process.pid, 'SIGKILL');
    } catch {
      process.exit(1);
    }
  });
}
