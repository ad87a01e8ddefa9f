/** The quality gates over the reader fixture build (`npm run build:e2e`): valid HTML, links that resolve, pages within one round trip. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../scripts/checks/check-html.ts';
import { checkLinks } from '../../scripts/checks/check-links.ts';
import { checkWeight } from '../../scripts/checks/check-weight.ts';

const dist = path.resolve('dist-e2e');
const subpath = path.resolve('dist-subpath/news-reader');

describe.skipIf(!existsSync(dist))('the built site', () => {
  it('is valid HTML on every page', async () => {
    expect(await checkHtml(dist)).toEqual([]);
  });

  it('has no broken internal link, asset or fragment', () => {
    expect(checkLinks(dist, '/')).toEqual([]);
  });

  it('fits each article page in the first round trip, with no web fonts or external scripts', () => {
    const { problems, articles } = checkWeight(dist);
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(subpath))('the site built for /news-reader/', () => {
  it('keeps every link, asset and fragment under the sub-path', () => {
    expect(checkLinks(subpath, '/news-reader/')).toEqual([]);
  });
});
