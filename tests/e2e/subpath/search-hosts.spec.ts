/** Search on every host, for the site built under /news-reader/ (tests/support/search-checks.ts). */
import { searchHostTests } from '../../support/search-checks.ts';

searchHostTests({ base: '/news-reader', folder: 'dist-subpath' });
