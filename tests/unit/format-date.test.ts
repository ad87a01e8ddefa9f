import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/client/search-results.ts';
import { compareNewestFirst, formatDate, parseDay } from '../../src/utils/format-date.ts';

describe('formatDate', () => {
  it('writes the day, the month in full and the year', () => {
    expect(formatDate('2025-03-06')).toBe('6 March 2025');
    expect(formatDate('2024-12-31')).toBe('31 December 2024');
  });

  it('keeps the calendar day whatever the time zone of the build machine', () => {
    // parseISO reads a bare date as local midnight, so no offset can move it to the day before.
    expect(parseDay('2025-01-01').getDate()).toBe(1);
  });

  it('refuses anything that is not a YYYY-MM-DD day', () => {
    expect(() => formatDate('06/03/2025')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2025-02-30')).toThrow(/YYYY-MM-DD/);
  });
});

describe('dates in search results', () => {
  it('read as on the pages, from the browser’s formatter instead of date-fns', () => {
    const days = ['2025-03-06', '2024-02-29', '1999-12-31', '2026-01-01'];
    for (let month = 1; month <= 12; month++) days.push(`2025-${String(month).padStart(2, '0')}-09`);
    for (const day of days) expect(formatDay(day)).toBe(formatDate(day));
  });
});

describe('compareNewestFirst', () => {
  it('puts newer articles first and undated ones after every dated one', () => {
    const articles = [
      { title: 'Undated B', published: undefined },
      { title: 'Old', published: '2024-01-02' },
      { title: 'Undated A' },
      { title: 'New', published: '2025-03-06' },
    ];
    expect(articles.sort(compareNewestFirst).map((a) => a.title)).toEqual(['New', 'Old', 'Undated A', 'Undated B']);
  });
});
