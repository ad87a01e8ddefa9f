import { expect, it } from 'vitest';
import { pagefindFilters, stateFromParams, stateToParams } from '../../src/search/search-state.ts';

it('reads several speakers from the address and writes them back the same way', () => {
  const params = new URLSearchParams('q=port+strike&speaker=Owen+Hale&speaker=Priya+Raman&source=Harbour+Herald');
  const state = stateFromParams(params);
  expect(state).toEqual({
    query: 'port strike',
    speakers: ['Owen Hale', 'Priya Raman'],
    article: '',
    source: 'Harbour Herald',
  });
  expect(stateToParams(state).toString()).toBe(params.toString());
});

it('asks Pagefind for articles quoting any chosen speaker, not all of them', () => {
  const state = stateFromParams(new URLSearchParams('speaker=Owen+Hale&speaker=Priya+Raman&article=Talks'));
  expect(pagefindFilters(state)).toEqual({ speaker: { any: ['Owen Hale', 'Priya Raman'] }, article: 'Talks' });
  expect(pagefindFilters(stateFromParams(new URLSearchParams('q=x')))).toEqual({});
});

it('cuts a query at 500 characters and drops empty or repeated speakers', () => {
  const state = stateFromParams(new URLSearchParams(`q=${'a'.repeat(600)}&speaker=&speaker=A&speaker=A`));
  expect(state.query).toHaveLength(500);
  expect(state.speakers).toEqual(['A']);
});
