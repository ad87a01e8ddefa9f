/**
 * Editors' overrides: `<!-- speaker: id -->` right after a quote. Found for each quote, and
 * read against the registry before the sieves run: an override wins over every sieve.
 */
import type { Registry } from '../registry.ts';
import type { Block } from '../text/document.ts';
import type { Override, RegistryEntry, Segment } from '../types.ts';

/** What an override fixes: a registry entry to speak, or `nobody` (`<!-- speaker: none -->`). */
export type Fixed = { entry: RegistryEntry } | 'nobody';

/** The override written right after a quote: after its last segment, before the next quote. */
export function findOverride(blocks: readonly Block[], last: Segment, next: Segment | undefined): Override | undefined {
  for (let b = last.block; b < blocks.length; b++) {
    if (next && b > next.block) break;
    for (const override of blocks[b]!.overrides) {
      const afterLast = b > last.block || override.offset >= last.end;
      const beforeNext = !next || b < next.block || override.offset <= next.start;
      if (afterLast && beforeNext) return override;
    }
  }
  return undefined;
}

/**
 * What each quote's override fixes: a registry entry, or nobody (`none`, and an id the registry
 * does not have, which is also reported). `not-a-quote` never reaches here: its quote was dropped.
 */
export function readOverrides(
  overrides: readonly (Override | undefined)[],
  registry: Registry,
): { fixed: (Fixed | undefined)[]; errors: { line: number; message: string }[] } {
  const errors: { line: number; message: string }[] = [];
  const fixed = overrides.map((override): Fixed | undefined => {
    if (!override || override.value === 'not-a-quote') return undefined;
    if (override.value === 'none') return 'nobody';
    const entry = registry.get(override.value);
    if (entry) return { entry };
    const known = registry.entries.map((p) => p.id).join(', ') || 'none yet';
    errors.push({
      line: override.line,
      message: `The quote override names "${override.value}", who is not in the registry. Use the file name of a person in content/people/ or an organisation in content/organisations/ (${known}), "none" or "not-a-quote", or add content/people/${override.value}.md.`,
    });
    return 'nobody';
  });
  return { fixed, errors };
}
