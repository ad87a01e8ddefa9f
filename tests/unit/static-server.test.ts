/** The static server answers every request, serves nothing outside its folder and not `_headers`. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createStaticServer } from '../../scripts/static-server.ts';
import { freePort, listenForTest } from '../support/free-port.ts';
import { tempFolder } from '../support/temp-folder.ts';

/** A site with a page, a 404 page and `_headers`, and a 404 page outside it that must never be read. */
function site(): string {
  const root = tempFolder('static-server');
  mkdirSync(path.join(root, 'site'));
  mkdirSync(path.join(root, 'secret'));
  writeFileSync(path.join(root, 'site', 'index.html'), '<p>home</p>');
  writeFileSync(path.join(root, 'site', '404.html'), '<p>site 404</p>');
  writeFileSync(path.join(root, 'site', '_headers'), '/*\n  X-Test: yes\n');
  writeFileSync(path.join(root, 'secret', '404.html'), '<p>secret</p>');
  return path.join(root, 'site');
}

/** Sends a raw request line, as a fuzzer would, and returns the status line of the answer. */
function raw(origin: string, request: string): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.setTimeout(2000, () => socket.end());
  });
}

describe('static server', () => {
  it('answers a request line it cannot read with 400, and stays up', async () => {
    const origin = await listenForTest(createStaticServer({ folder: site(), headers: true }));
    expect(await raw(origin, 'GET http://[/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/ 400 /);
    expect(await raw(origin, 'GARBAGE\r\n\r\n')).toMatch(/ 400 /);
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });

  it('never reads outside its folder, however the path is encoded', async () => {
    const origin = await listenForTest(createStaticServer({ folder: site(), headers: true }));
    for (const attack of ['/..%2f..%2fsecret/x', '/..%2fsecret/x', '/%2e%2e%2fsecret/x', '/a%5c..%5c..%5csecret/x']) {
      const response = await fetch(`${origin}${attack}`);
      expect(await response.text(), attack).not.toContain('secret');
      expect([400, 404], attack).toContain(response.status);
    }
  });

  it('does not serve _headers or dot-files, but applies _headers', async () => {
    const origin = await listenForTest(createStaticServer({ folder: site(), headers: true }));
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
    expect((await fetch(`${origin}/.env`)).status).toBe(404);
    expect((await fetch(`${origin}/`)).headers.get('x-test')).toBe('yes');
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it('serves the next build once it is swapped in: its new files and its own _headers', async () => {
    const folder = site();
    const origin = await listenForTest(createStaticServer({ folder, headers: true }));
    expect((await fetch(`${origin}/`)).headers.get('x-test')).toBe('yes');
    // As scripts/build.ts does it: the new site built beside, then renamed into place.
    const next = `${folder}.staging`;
    mkdirSync(next);
    writeFileSync(path.join(next, 'index.html'), '<p>home, rebuilt with more words</p>');
    mkdirSync(path.join(next, 'new-article'));
    writeFileSync(path.join(next, 'new-article', 'index.html'), '<p>new</p>');
    writeFileSync(path.join(next, '_headers'), '/*\n  X-Test: rebuilt\n');
    renameSync(folder, `${folder}.previous`);
    renameSync(next, folder);
    rmSync(`${folder}.previous`, { recursive: true });
    const home = await fetch(`${origin}/`);
    expect(home.headers.get('x-test')).toBe('rebuilt');
    expect(await home.text()).toBe('<p>home, rebuilt with more words</p>');
    expect(await (await fetch(`${origin}/new-article/`)).text()).toBe('<p>new</p>');
  });

  it("gives Pagefind's index files a type, as nosniff wants one", async () => {
    const folder = site();
    mkdirSync(path.join(folder, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(path.join(folder, 'pagefind', 'fragment', 'en_1.pf_fragment'), 'x');
    const origin = await listenForTest(createStaticServer({ folder, headers: true }));
    const response = await fetch(`${origin}/pagefind/fragment/en_1.pf_fragment`);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect((await fetch(`${origin}/`)).headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('without _headers, sends none of them', async () => {
    const origin = await listenForTest(createStaticServer({ folder: site(), headers: false }));
    expect((await fetch(`${origin}/`)).headers.get('x-test')).toBeNull();
  });

  it('says in one line that a port is busy, without a stack trace', async () => {
    const origin = await listenForTest(createStaticServer({ folder: site(), headers: true }));
    const run = spawnSync(process.execPath, ['scripts/serve.ts', site(), new URL(origin).port], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`Port ${new URL(origin).port} is already in use`);
  });

  it('serves this computer only, unless --host or HOST opens it to the network, whose address it prints', async () => {
    const serve = async (extra: string[], env: Record<string, string> = {}) => {
      const port = String(await freePort());
      const child = spawn(process.execPath, ['scripts/serve.ts', site(), port, ...extra], {
        env: { ...process.env, HOST: '', ...env },
      });
      onTestFinished(() => void child.kill());
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      await expect.poll(() => output).toContain('Serving');
      return { port, output: () => output };
    };
    const reached = async (host: string, port: string) =>
      fetch(`http://${host}:${port}/`).then(
        (response) => response.ok,
        () => false,
      );
    const network = Object.values(networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

    const local = await serve([]);
    expect(local.output()).toContain('this computer only');
    expect(await reached('127.0.0.1', local.port)).toBe(true);
    if (network) expect(await reached(network, local.port)).toBe(false);

    for (const opened of [await serve(['--host']), await serve([], { HOST: '0.0.0.0' })]) {
      expect(await reached('127.0.0.1', opened.port)).toBe(true);
      if (!network) continue;
      expect(opened.output()).toContain(`on your network: http://${network}:${opened.port}/`);
      expect(await reached(network, opened.port)).toBe(true);
    }
  });

  it('lets npm start find a busy port before it builds', async () => {
    const origin = await listenForTest(createStaticServer({ folder: site(), headers: true }));
    const run = spawnSync(process.execPath, ['scripts/check-port.ts', new URL(origin).port], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(spawnSync(process.execPath, ['scripts/check-port.ts', '0']).status).toBe(0);
  });
});
