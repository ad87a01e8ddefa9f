/**
 * `node scripts/check-port.ts <port>`: fails with one line if the port is taken, so `npm start`
 * says so before it spends a whole build on a server that cannot start.
 */
import { createServer } from 'node:net';

const port = Number(process.argv[2] ?? 4321);
const probe = createServer();
probe.once('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the server using it (an earlier npm start?), then run npm start again.`
      : `Cannot use port ${port}: ${error.message}`,
  );
  process.exit(1);
});
probe.listen(port, '127.0.0.1', () => probe.close());
