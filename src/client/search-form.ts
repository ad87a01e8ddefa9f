/**
 * The search form: the search it holds, showing a search in it, and the filter lists, filled from
 * the index when the reader opens them.
 */
import { isEmptyQuery, matchWords, parseQuery, searchWords } from '../search/query.ts';
import { quotedQuery } from '../search/search-messages.ts';
import { MAX_QUERY, type SearchState } from '../search/search-state.ts';
import { plural } from '../utils/text.ts';
import { element } from './search-results.ts';
import { loadEngine, type Session } from './search-session.ts';

/** Above this many speakers, the list gets a box to find one by name. */
const FIND_SPEAKER_ABOVE = 10;

export function formState({ elements }: Session): SearchState {
  return {
    query: elements.input.value.slice(0, MAX_QUERY),
    speakers: [...elements.speakerList.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value),
    article: elements.articleSelect.value,
    source: elements.sourceSelect.value,
  };
}

/** Shows a state in the form; filter values not in the lists yet are kept as options. */
export function showState(session: Session, state: SearchState): void {
  const { elements } = session;
  elements.input.value = state.query;
  for (const box of elements.speakerList.querySelectorAll<HTMLInputElement>('input')) {
    box.checked = state.speakers.includes(box.value);
  }
  for (const speaker of state.speakers) {
    if (!elements.speakerList.querySelector(`input[value="${CSS.escape(speaker)}"]`)) {
      elements.speakerList.append(speakerOption(speaker, undefined, true));
    }
  }
  selectValue(elements.articleSelect, state.article);
  selectValue(elements.sourceSelect, state.source);
  elements.clear.hidden = !state.query;
  // A speaker the state chooses shows, whatever "Find a speaker" holds.
  narrowSpeakers(session);
}

function selectValue(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((option) => option.value === value)) select.append(option(value, value));
  select.value = value;
}

function option(value: string, text: string): HTMLOptionElement {
  const node = element('option', undefined, text);
  node.value = value;
  return node;
}

function speakerOption(name: string, articles: number | undefined, checked: boolean): HTMLLIElement {
  const item = element('li');
  const label = element('label');
  const box = element('input');
  box.type = 'checkbox';
  box.name = 'speaker';
  box.value = name;
  box.checked = checked;
  label.append(box, ` ${name}`);
  if (articles !== undefined) label.append(' ', element('span', 'filter-count', `(${plural(articles, 'article')})`));
  item.append(label);
  return item;
}

/**
 * Fills the filter lists from the index, each value with how many articles have it. Only when the
 * reader opens them (or the address names a filter): on a large archive they are the heaviest download.
 */
export async function fillFilters(session: Session, state: SearchState): Promise<void> {
  if (session.filtersFilled) return;
  session.filtersFilled = true;
  const { elements } = session;
  try {
    const available = await (await loadEngine(session)).filters();
    const sorted = (name: string) => Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en'));
    elements.speakerList.replaceChildren(
      ...sorted('speaker').map(([name, count]) => speakerOption(name, count, state.speakers.includes(name))),
    );
    for (const [select, name] of [
      [elements.articleSelect, 'article'],
      [elements.sourceSelect, 'source'],
    ] as const) {
      select.replaceChildren(
        option('', 'All'),
        ...sorted(name).map(([value, count]) => option(value, `${value} (${plural(count, 'article')})`)),
      );
    }
    elements.speakerFindRow.hidden = elements.speakerList.children.length <= FIND_SPEAKER_ABOVE;
    showState(session, state);
  } catch {
    session.filtersFilled = false;
    elements.speakerList.replaceChildren(element('li', 'filter-error', 'The filters could not be loaded.'));
  }
}

/**
 * Shows the speakers whose name holds what the reader typed in "Find a speaker", by the rule the
 * search box uses (each typed word begins a word of the name, case and accents folded); chosen
 * speakers stay in view, so that one can always be unticked.
 */
export function narrowSpeakers({ elements }: Session): void {
  const typed = parseQuery(elements.speakerFind.value);
  let matches = 0;
  for (const box of elements.speakerList.querySelectorAll<HTMLInputElement>('input')) {
    const matching = isEmptyQuery(typed) || matchWords(searchWords(box.value), typed) !== null;
    if (matching) matches++;
    box.closest('li')!.hidden = !matching && !box.checked;
  }
  const none = !isEmptyQuery(typed) && matches === 0;
  elements.speakerFindNone.hidden = !none;
  elements.speakerFindNone.textContent = none
    ? `No speaker’s name matches ${quotedQuery(elements.speakerFind.value.trim())}.`
    : '';
}
