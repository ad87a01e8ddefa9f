/**
 * An article that tries to run script, redirect readers or fake a quote, built and opened in
 * Chromium twice: behind the site's `_headers` (Netlify, Cloudflare Pages) and on a bare static
 * server (GitHub Pages), where only the pages' own `<meta>` policy applies. Nothing may run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { createStaticServer } from '../../scripts/static-server.ts';
import { listenForTest } from '../support/free-port.ts';
import { flagOf, injectScript } from '../support/inject-script.ts';

let work: string;
let site: string;
let browser: Browser;

describe('hostile content', { timeout: 120_000 }, () => {
  // One build for all the tests of the file, removed after them.
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hostile-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds, with the attacks sanitised out of the HTML', () => {
    cpSync('tests/fixtures/hostile', path.join(work, 'content'), { recursive: true });
    site = path.join(work, 'dist');
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: path.join(work, 'content'), OUT_DIR: site },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(path.join(site, 'articles', 'hostile', 'index.html'), 'utf8');
    // The article's part of the page; the site's own page script follows </main>.
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const unsafe of [
      '<script',
      'onerror',
      'onload',
      'javascript:',
      'data:text',
      'srcdoc',
      'http-equiv',
      '<iframe',
    ]) {
      expect(body, unsafe).not.toContain(unsafe);
    }
    expect(body).toContain('<caption>Spending</caption>');
    expect(body).not.toContain('data-speaker="dev-patel"');
    // The feed carries the outlet's name as text: one link per item, the name escaped.
    const feed = readFileSync(path.join(site, 'rss.xml'), 'utf8');
    const item = /<item>([\s\S]*?)<\/item>/.exec(feed)?.[1] ?? '';
    expect(item.match(/<link>/g)).toHaveLength(1);
    expect(item).toContain('AT&amp;T &lt;Wire&gt;&lt;/source&gt;&lt;link&gt;');
    // Only the site's own head policy may be a <meta http-equiv>: right after the charset.
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/,
    );
  });

  for (const headers of [true, false]) {
    it(`runs none of it in Chromium ${headers ? 'behind _headers' : 'on a bare static server'}`, async () => {
      const origin = await listenForTest(createStaticServer({ folder: site, headers }));
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const response = await page.goto(`${origin}/articles/hostile/`);
      expect(response?.headers()['content-security-policy'] !== undefined).toBe(headers);
      await page.waitForTimeout(1000);
      // Links that would run script lost their targets; clicking them does nothing.
      await page.locator('#js-link').click();
      await page.locator('#data-link').click();
      await page.waitForTimeout(500);
      expect(page.url()).toBe(`${origin}/articles/hostile/`);
      expect(dialogs).toEqual([]);
      expect(await flagOf(page, '__xss')).toBeUndefined();
      // The forged span is not a quote: the page lists only the quote the text has.
      expect(await page.locator('.quote').count()).toBe(1);
      // The policy itself holds on either host: a script added later is refused (Trusted Types).
      expect(await injectScript(page, '__added')).toBe(true);
      expect(await flagOf(page, '__added')).toBeUndefined();
      await page.close();
    });
  }
});
