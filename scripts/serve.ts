/**
 * `node scripts/serve.ts [folder] [port] [--bare] [--host[=address]]`: serves a built site as a
 * static host would (see `static-server.ts`), with the site's `_headers` applied unless `--bare`
 * (a host that ignores them, such as GitHub Pages). Only this computer can reach it, unless
 * `--host` (or a `HOST` variable: `HOST=0.0.0.0 npm start`) opens it to the local network, for a
 * phone on the same Wi-Fi; then it prints the addresses to open there.
 */
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { createStaticServer } from './static-server.ts';
import { displayPath } from '../src/utils/display-path.ts';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const folder = path.resolve(args[0] ?? 'dist');
const port = Number(args[1] ?? 4321);
const bare = process.argv.includes('--bare');
const hostFlag = process.argv.find((arg) => arg === '--host' || arg.startsWith('--host='));
const host = hostFlag ? hostFlag.split('=')[1] || '0.0.0.0' : process.env['HOST'] || '127.0.0.1';

/** The addresses other devices on the network can reach this one at (IPv4, not loopback). */
function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

createStaticServer({ folder, headers: !bare })
  .on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use: stop the server using it, or pass another port (node scripts/serve.ts ${args[0] ?? 'dist'} <port>).`
        : `Could not serve ${folder} on ${host} port ${port}: ${error.message}`,
    );
    process.exit(1);
  })
  .listen(port, host, () => {
    const local = host === '127.0.0.1' || host === '0.0.0.0' || host === 'localhost' ? 'localhost' : host;
    console.log(`Serving ${displayPath(folder)}/ at http://${local}:${port}/`);
    if (host === '0.0.0.0') {
      for (const address of networkAddresses()) console.log(`  on your network: http://${address}:${port}/`);
    } else if (host === '127.0.0.1') {
      console.log(
        '  (this computer only: npm run serve -- --host, or HOST=0.0.0.0 npm start, opens it to your network)',
      );
    }
  });
