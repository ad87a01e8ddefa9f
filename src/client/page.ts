/**
 * The one script every page loads, kept within 1 KB gzipped (the weight check): the search
 * shortcut, and copying a quote's link. The search code itself stays on /search/.
 */
import './search-shortcut.ts';
import './copy-quote-link.ts';
