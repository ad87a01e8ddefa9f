import type { Block } from '../text/document.ts';
import type { Override, Segment } from '../types.ts';

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
