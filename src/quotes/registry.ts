import type { RegistryPerson } from './types.ts';

const key = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Words that carry meaning in a description: "The King’s College London academic" → king, college, london, academic. */
export function contentWords(text: string): string[] {
  return key(text)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !SMALL_WORDS.has(word));
}
const SMALL_WORDS = new Set(
  'the a an another one this that its their his her of at in on for and or with to from by as who which s'.split(' '),
);

/** The people of `content/people/`, looked up by name, alias or surname. */
export class PeopleRegistry {
  readonly people: readonly RegistryPerson[];
  readonly #byName = new Map<string, RegistryPerson>();
  readonly #byId = new Map<string, RegistryPerson>();

  constructor(people: readonly RegistryPerson[]) {
    this.people = people;
    for (const person of people) {
      this.#byId.set(person.id, person);
      for (const name of [person.name, ...person.aliases]) this.#byName.set(key(name), person);
    }
  }

  get(id: string): RegistryPerson | undefined {
    return this.#byId.get(id);
  }

  /** A full name or an alias, in any case: "james dorsey", "Dorsey", "the King’s College London academic". */
  byName(name: string): RegistryPerson | undefined {
    return this.#byName.get(key(name));
  }

  /** People whose name ends with this word, for a surname seen before the full name. */
  bySurname(surname: string): RegistryPerson[] {
    const wanted = key(surname);
    return this.people.filter((person) => key(person.name).split(' ').at(-1) === wanted);
  }

  /** What the registry says a person is, as words a description can match. */
  vocabulary(person: RegistryPerson): string[] {
    return contentWords([person.role ?? '', person.affiliation ?? '', ...person.aliases].join(' '));
  }
}
