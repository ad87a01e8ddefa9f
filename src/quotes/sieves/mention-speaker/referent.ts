import type { Entity } from '../../cast/types.ts';
import type { Position } from '../../text/document.ts';

/**
 * Who a mention refers to: a member of the cast, or nobody named (`attribution` keeps how the
 * text describes an unnamed source, or who spoke for an organisation: `a spokesperson for Acme`).
 */
export type Referent =
  | { readonly entity: Entity; readonly attribution: string | null }
  | { readonly entity: null; readonly attribution: string | null };

export const NOBODY: Referent = { entity: null, attribution: null };

/** Where a mention stands: its place, and the sentence it is in. */
export interface MentionAt extends Position {
  sentence: number;
}
