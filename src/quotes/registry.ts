import { contentWords } from './cast/vocabulary.ts';
import type { RegistryEntry } from './types.ts';

export const nameKey = (text: string): string =>
  /^[\p{L} -]+$/u.test(text) && !/^(?:the|a|an) /iu.test(text) && !text.includes('  ')
    ? text.normalize('NFC').toLowerCase().trim()
    : text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .replace(/^(?:the|a|an)\s+/, '')
        .replace(/\.(?=\s|$)/g, '')
        .replace(/\s+/g, ' ')
        .trim();

/** The people of `content/people/` and the organisations of `content/organisations/`, looked up by name or alias. */
export class Registry {
  readonly entries: readonly RegistryEntry[];
  readonly #byName = new Map<string, RegistryEntry>();
  readonly #byId = new Map<string, RegistryEntry>();

  constructor(entries: readonly RegistryEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      this.#byId.set(entry.id, entry);
      for (const name of [entry.name, ...entry.aliases]) this.#byName.set(nameKey(name), entry);
    }
  }

  get(id: string): RegistryEntry | undefined {
    return this.#byId.get(id);
  }

  /** A full name or an alias, in any case: "james dorsey", "Dorsey", "the King’s College London academic". */
  byName(name: string): RegistryEntry | undefined {
    return this.#byName.size === 0 ? undefined : this.#byName.get(nameKey(name));
  }

  /** People whose name ends with this word, for a surname seen before the full name. */
  byFamilyName(word: string): RegistryEntry[] {
    const wanted = nameKey(word);
    return this.entries.filter((entry) => entry.kind === 'person' && nameKey(entry.name).split(' ').at(-1) === wanted);
  }

  /** What the registry says an entry is, as words a description can match. */
  vocabulary(entry: RegistryEntry): string[] {
    return contentWords([entry.role ?? '', entry.affiliation ?? '', ...entry.aliases].join(' '));
  }
}
