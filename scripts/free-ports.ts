/**
 * `node scripts/free-ports.ts [count]`: prints ports nothing listens on, separated by commas,
 * for servers a test run starts (Playwright's), so a leaked or unrelated server never answers
 * in their place.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

const count = Number(process.argv[2] ?? 1);
const probes: Server[] = [];
for (let i = 0; i < count; i++) {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  probes.push(probe);
}
console.log(probes.map((probe) => (probe.address() as AddressInfo).port).join(','));
for (const probe of probes) probe.close();
