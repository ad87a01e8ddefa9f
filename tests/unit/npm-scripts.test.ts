/**
 * The README's two commands must work on a machine that has never run them: every npm script
 * that can start a browser makes sure there is one first.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

it('every script that runs Vitest or Playwright installs Chromium before it', () => {
  const browserRunners = Object.entries(scripts).filter(([, command]) => /\b(vitest|playwright test)\b/.test(command));
  expect(browserRunners.map(([name]) => name)).toEqual(expect.arrayContaining(['test:unit', 'test:e2e']));
  for (const [name, command] of browserRunners) {
    const ensure = command.indexOf('scripts/ensure-chromium.sh');
    const runner = command.search(/\b(vitest|playwright test)\b/);
    expect(ensure, `${name}: ${command}`).toBeGreaterThanOrEqual(0);
    expect(ensure, `${name}: ${command}`).toBeLessThan(runner);
  }
});

it('every script that drives Chromium outside the tests installs it first too', () => {
  for (const name of ['screenshots', 'bench', 'bench:search', 'bench:lighthouse']) {
    expect(scripts[name], name).toMatch(/^bash scripts\/ensure-chromium\.sh && /);
  }
});

it('npm test builds the sites the browser tests open before it runs them', () => {
  const steps = scripts['test']!.split('&&').map((step) => step.trim().replace(/^npm run /, ''));
  for (const build of ['build:e2e', 'build:subpath', 'build:fixture']) {
    expect(steps.indexOf(build), build).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf(build), build).toBeLessThan(steps.indexOf('test:unit'));
  }
});
