/**
 * `node scripts/serve.ts [folder] [port] [--bare]`: serves a built site as a static host would
 * (see `static-server.ts`), with the site's `_headers` applied unless `--bare` (a host that
 * ignores them, such as GitHub Pages).
 */
import path from 'node:path';
import { createStaticServer } from './static-server.ts';
import { displayPath } from '../src/utils/display-path.ts';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const folder = path.resolve(args[0] ?? 'dist');
const port = Number(args[1] ?? 4321);
const bare = process.argv.includes('--bare');

createStaticServer({ folder, headers: !bare })
  .on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use: stop the server using it, or pass another port (node scripts/serve.ts ${args[0] ?? 'dist'} <port>).`
        : `Could not serve ${folder} on port ${port}: ${error.message}`,
    );
    process.exit(1);
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`Serving ${displayPath(folder)}/ at http://localhost:${port}/`);
  });
