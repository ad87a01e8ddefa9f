import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** A big archive shows the same few hundred days tens of thousands of times (every quote has one). */
const formattedDays = new Map<string, string>();

/**
 * Formats a calendar day (`YYYY-MM-DD`) for readers, e.g. `6 March 2025`.
 *
 * The day is parsed as a local date, not a UTC instant, so the output is the same
 * in every time zone the build runs in.
 */
export function formatDate(day: string): string {
  let formatted = formattedDays.get(day);
  if (formatted === undefined) {
    formatted = format(parseDay(day), 'd MMMM yyyy');
    formattedDays.set(day, formatted);
  }
  return formatted;
}

/** Parses `YYYY-MM-DD`, throwing on anything else so a bad date never renders as "Invalid Date". */
export function parseDay(day: string): Date {
  const date = parseISO(day);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isValid(date)) {
    throw new RangeError(`Expected a calendar day as YYYY-MM-DD, got "${day}"`);
  }
  return date;
}

/**
 * Orders articles newest first; articles without a date come after all dated ones,
 * then by title so the order never depends on the file system.
 */
export function compareNewestFirst(
  a: { published?: string | undefined; title: string },
  b: { published?: string | undefined; title: string },
): number {
  if (a.published && b.published && a.published !== b.published) {
    return a.published < b.published ? 1 : -1;
  }
  if (a.published && !b.published) return -1;
  if (!a.published && b.published) return 1;
  return a.title.localeCompare(b.title, 'en');
}
