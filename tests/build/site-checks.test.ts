/** The quality gates over the reader fixture build (`npm run build:e2e`): valid HTML, links that resolve, pages within one round trip. */
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../scripts/checks/check-html.ts';
import { checkLinks } from '../../scripts/checks/check-links.ts';
import { checkWeight } from '../../scripts/checks/check-weight.ts';
import { builtSite } from '../support/built-site.ts';

describe('the built site', () => {
  it('is valid HTML on every page', async () => {
    expect(await checkHtml(builtSite('dist-e2e'))).toEqual([]);
  });

  it('has no broken internal link, asset or fragment', () => {
    expect(checkLinks(builtSite('dist-e2e'), '/')).toEqual([]);
  });

  it('fits each article page in the first round trip, with no web fonts or external scripts', () => {
    const { problems, articles } = checkWeight(builtSite('dist-e2e'));
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });
});

describe('the site built for /news-reader/', () => {
  it('keeps every link, asset and fragment under the sub-path', () => {
    expect(checkLinks(builtSite('dist-subpath/news-reader'), '/news-reader/')).toEqual([]);
  });
});
