/** Search on every host, for the site at the root (tests/support/search-checks.ts). */
import { searchHostTests } from '../support/search-checks.ts';

searchHostTests({ base: '', folder: 'dist-e2e' });
