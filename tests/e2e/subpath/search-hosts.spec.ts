import { test } from '@playwright/test';
import {
  onBareServer,
  phraseSearch,
  plainHttpHost,
  scriptsBlocked,
  scriptsRunning,
  speakerWithoutTheWords,
} from '../../support/search-checks.ts';

test('under /news-reader/, a speaker who never said the words: no quote, the message and where to go instead', async ({
  page,
}) => {
  await speakerWithoutTheWords(page, '/news-reader');
});

test('under /news-reader/, a phrase in double quotes finds its words only together and in order', async ({ page }) => {
  await phraseSearch(page, '/news-reader');
});

test('under /news-reader/, opened by a name over plain HTTP, every script loads and search finds results', async () => {
  await plainHttpHost(test.info().project.use.baseURL!, '/news-reader');
});

test('under /news-reader/, with its scripts blocked, the search page says search could not start', async ({ page }) => {
  await scriptsBlocked(page, '/news-reader');
});

test('under /news-reader/, with its scripts running, the could-not-start message never shows', async ({ page }) => {
  await scriptsRunning(page, '/news-reader');
});

test('under /news-reader/, on a bare static server, without _headers, the same searches work', async ({ browser }) => {
  await onBareServer(browser, 'dist-subpath', '/news-reader');
});
